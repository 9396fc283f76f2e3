import { PageHeader } from '../../components/page-header.tsx';
import { LedgerView } from '../../features/ledger/components/ledger-view.tsx';

export function LedgerPage() {
  return (
    <>
      <PageHeader
        title="Ledger"
        description="Where your Stars are: held, released, refunded — checked against Telegram's own record."
      />
      <LedgerView />
    </>
  );
}
