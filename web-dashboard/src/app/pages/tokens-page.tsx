import { useT } from '@codepool/shared/i18n/react';
import { PageHeader } from '../../components/page-header.tsx';
import { TokensView } from '../../features/tokens/components/tokens-view.tsx';

export function TokensPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('dash-nav-tokens')} description={t('dash-page-tokens-description')} />
      <TokensView />
    </>
  );
}
