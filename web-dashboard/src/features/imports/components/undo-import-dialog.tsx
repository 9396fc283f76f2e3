import { useT } from '@codepool/shared/i18n/react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { toast } from '../../../components/toast.tsx';
import { useUndoImport } from '../api/undo-import.ts';
import { MarkedText, mark } from './marked-text.tsx';

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
  const t = useT();
  const undo = useUndoImport(poolId);
  return (
    <ConfirmDialog
      title={t('dash-import-undo-title')}
      confirmLabel={t('dash-import-undo-confirm')}
      danger
      busy={undo.isPending}
      error={undo.error}
      onClose={onClose}
      onConfirm={() =>
        undo.mutate(batchId, {
          onSuccess: (r) => {
            toast(
              r.notWithdrawn
                ? t('dash-import-undone-kept', { withdrawn: r.withdrawn, kept: r.notWithdrawn })
                : t('dash-import-undone', { withdrawn: r.withdrawn }),
            );
            onClose();
            onDone?.();
          },
        })
      }
    >
      <p>
        <MarkedText text={t('dash-import-undo-text', { batch: mark(label) })} render={(v) => <strong>{v}</strong>} />
      </p>
    </ConfirmDialog>
  );
}
