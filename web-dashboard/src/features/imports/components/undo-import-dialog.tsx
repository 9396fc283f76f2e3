import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { toast } from '../../../components/toast.tsx';
import { formatCount } from '../../../lib/format.ts';
import { useUndoImport } from '../api/undo-import.ts';

/** Confirms and runs an undo, then says what moved and what stayed. */
export function UndoImportDialog({
  poolId,
  batchId,
  label,
  onClose,
  onDone,
}: {
  poolId: string;
  batchId: string;
  label: string;
  onClose: () => void;
  onDone?: () => void;
}) {
  const undo = useUndoImport(poolId);
  return (
    <ConfirmDialog
      title="Undo this import?"
      confirmLabel="Undo import"
      danger
      busy={undo.isPending}
      error={undo.error}
      onClose={onClose}
      onConfirm={() =>
        undo.mutate(batchId, {
          onSuccess: (r) => {
            toast(
              `Import undone: ${formatCount(r.withdrawn)} item(s) withdrawn${r.notWithdrawn ? `, ${formatCount(r.notWithdrawn)} kept (already sold, reserved, expired or invalid)` : ''}.`,
            );
            onClose();
            onDone?.();
          },
        })
      }
    >
      <p>
        Every item of <strong>{label}</strong> that is still available leaves the pool (withdrawn, so the same codes can
        be imported again). Items already sold or reserved stay with their buyers.
      </p>
    </ConfirmDialog>
  );
}
