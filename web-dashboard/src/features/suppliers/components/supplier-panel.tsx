import { useT } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { usePoolSource } from '../api/get-source.ts';
import { useSaveSource } from '../api/save-source.ts';
import { SourceCard } from './source-card.tsx';
import { SupplierOrdersCard } from './supplier-orders-card.tsx';
import { WebhookSecretOnce } from './webhook-secret-once.tsx';

/** The pool page's supplier part: its source, and the orders placed with it. */
export function SupplierPanel({ poolId, archived }: { poolId: string; archived: boolean }) {
  const t = useT();
  const source = usePoolSource(poolId);
  // Here, not in the card: the card is re-keyed by the save that creates the source, and the
  // save's answer (with Kinguin's webhook secret, shown once) must still reach the screen.
  const save = useSaveSource(poolId);
  const [secretOnce, setSecretOnce] = useState<{ url: string; secret: string } | null>(null);
  if (source.isPending) return <LoadingState rows={3} />;
  if (source.isError) {
    return (
      <ErrorState title={t('dash-supplier-source-failed')} error={source.error} onRetry={() => source.refetch()} />
    );
  }
  const s = source.data;
  return (
    <>
      {secretOnce && (
        <WebhookSecretOnce url={secretOnce.url} secret={secretOnce.secret} onDone={() => setSecretOnce(null)} />
      )}
      {/* Keyed by the saved source, so a save (or a resume) starts the form from what is stored. */}
      {!archived && (
        <SourceCard
          key={s.mode === 'stock' ? 'stock' : `${s.id}:${s.status}`}
          poolId={poolId}
          source={s}
          save={save}
          onSecret={setSecretOnce}
        />
      )}
      {(s.mode !== 'stock' || archived) && <SupplierOrdersCard poolId={poolId} />}
    </>
  );
}
