import type { Me } from '@codepool/shared';
import { useEffect } from 'react';
import { EmptyState } from './components/empty-state.tsx';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { ErrorState } from './components/error-state.tsx';
import { BoxIcon, CompassIcon } from './components/icons.tsx';
import { OfflineBanner } from './components/offline-banner.tsx';
import { Page } from './components/page.tsx';
import { PageSkeleton } from './components/skeleton.tsx';
import { TemplatePage } from './features/buy/template-page.tsx';
import { VariantLinkPage } from './features/buy/variant-link-page.tsx';
import { OpenFromTelegram } from './features/gate/open-from-telegram.tsx';
import { SessionRefused } from './features/gate/session-refused.tsx';
import { HomePage } from './features/home/home-page.tsx';
import { getMe } from './features/home/me-api.ts';
import { DisputePage } from './features/requests/dispute-page.tsx';
import { RequestPage } from './features/requests/request-page.tsx';
import { RequestsPage } from './features/requests/requests-page.tsx';
import { DeliverPage } from './features/seller/deliver-page.tsx';
import { PoolPage } from './features/seller/pool-page.tsx';
import { PoolsPage } from './features/seller/pools-page.tsx';
import { RestockPage } from './features/seller/restock-page.tsx';
import { SellerRequestsPage } from './features/seller/seller-requests-page.tsx';
import type { LaunchContext } from './init.ts';
import { hrefOf, type Route, useRoute } from './lib/router.ts';
import { useSessionRefused } from './lib/session.ts';
import { useApi } from './lib/use-api.ts';

export function App({ launch, onFirstScreen }: { launch: LaunchContext; onFirstScreen?: () => void }) {
  useEffect(() => onFirstScreen?.(), [onFirstScreen]);
  if (launch.kind !== 'telegram') return <OpenFromTelegram reason={launch.kind} />;
  return <SignedIn />;
}

function SignedIn() {
  const refused = useSessionRefused();
  const me = useApi('me', (signal) => getMe(signal));
  const route = useRoute();

  if (refused) return <SessionRefused />;
  return (
    <>
      <OfflineBanner />
      {me.status === 'loading' ? (
        <main className="page">
          <PageSkeleton />
        </main>
      ) : null}
      {me.status === 'error' ? (
        <main className="page">
          <ErrorState title="Codepool could not start" error={me.error} onRetry={me.reload} />
        </main>
      ) : null}
      {me.status === 'ready' ? (
        // A new route starts with a fresh boundary, so one broken screen does not stick.
        <ErrorBoundary key={hrefOf(route)}>
          <Screen route={route} me={me.data} />
        </ErrorBoundary>
      ) : null}
    </>
  );
}

function Screen({ route, me }: { route: Route; me: Me }) {
  switch (route.name) {
    case 'home':
      return <HomePage me={me} />;
    case 'template':
      return <TemplatePage id={route.id} variantId={route.variantId} />;
    case 'variant':
      return <VariantLinkPage id={route.id} />;
    case 'requests':
      return <RequestsPage />;
    case 'request':
      return <RequestPage id={route.id} />;
    case 'dispute':
      return <DisputePage id={route.id} />;
    case 'pools':
    case 'pool':
    case 'restock':
    case 'seller-requests':
    case 'deliver':
      return me.isSeller ? <SellerScreen route={route} /> : <SellersOnly />;
    case 'not-found':
      return (
        <Page back={{ name: 'home' }}>
          <EmptyState icon={<CompassIcon size={30} />} title="Nothing here">
            This link does not lead anywhere in Codepool.
          </EmptyState>
        </Page>
      );
  }
}

function SellerScreen({
  route,
}: {
  route: Extract<Route, { name: 'pools' | 'pool' | 'restock' | 'seller-requests' | 'deliver' }>;
}) {
  switch (route.name) {
    case 'pools':
      return <PoolsPage />;
    case 'pool':
      return <PoolPage id={route.id} />;
    case 'restock':
      return <RestockPage id={route.id} />;
    case 'seller-requests':
      return <SellerRequestsPage />;
    case 'deliver':
      return <DeliverPage id={route.id} />;
  }
}

function SellersOnly() {
  return (
    <Page back={{ name: 'home' }}>
      <EmptyState icon={<BoxIcon size={30} />} title="For sellers">
        This part of Codepool is for sellers. Open a shop from the bot to sell your own codes.
      </EmptyState>
    </Page>
  );
}
