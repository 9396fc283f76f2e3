import { PageHeader } from '../../components/page-header.tsx';
import { TokensView } from '../../features/tokens/components/tokens-view.tsx';

export function TokensPage() {
  return (
    <>
      <PageHeader
        title="API tokens"
        description="For your own tools and supplier feeds: push stock, read orders. Tokens are managed here only."
      />
      <TokensView />
    </>
  );
}
