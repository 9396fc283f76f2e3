import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { usePoolSource } from '../api/get-source.ts';
import { SourceCard } from './source-card.tsx';
import { SupplierOrdersCard } from './supplier-orders-card.tsx';

/** The pool page's supplier part: its source, and the orders placed with it. */
export function SupplierPanel({ poolId, archived }: { poolId: string; archived: boolean }) {
  const source = usePoolSource(poolId);
  if (source.isPending) return <LoadingState rows={3} />;
  if (source.isError)
    return (
      <ErrorState title="Could not load the pool's source" error={source.error} onRetry={() => source.refetch()} />
    );
  const s = source.data;
  return (
    <>
      {/* Keyed by the saved source, so a save (or a resume elsewhere) starts the form from what is stored. */}
      {!archived && (
        <SourceCard key={s.mode === 'stock' ? 'stock' : `${s.id}:${s.status}`} poolId={poolId} source={s} />
      )}
      {(s.mode !== 'stock' || archived) && <SupplierOrdersCard poolId={poolId} />}
    </>
  );
}
