import { useT } from '@codepool/shared/i18n/react';
import { PageHeader } from '../../components/page-header.tsx';
import { LedgerView } from '../../features/ledger/components/ledger-view.tsx';

export function LedgerPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('dash-nav-ledger')} description={t('dash-page-ledger-description')} />
      <LedgerView />
    </>
  );
}
