import type { Me } from '@codepool/shared';
import type { Translator } from '@codepool/shared/i18n';
import { useT } from '@codepool/shared/i18n/react';
import { lazy, Suspense, useEffect } from 'react';
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
import { RequestPage } from './features/requests/request-page.tsx';
import { RequestsPage } from './features/requests/requests-page.tsx';
import type { LaunchContext } from './init.ts';
import { I18nRoot, useAppLanguage } from './lib/i18n.tsx';
import { hrefOf, type Route, useRoute } from './lib/router.ts';
import { useSessionRefused } from './lib/session.ts';
import { useApi } from './lib/use-api.ts';

// What a buyer's first screen does not need loads when it is opened: the seller's screens, the
// dispute form and the language settings are their own chunks (the startup benchmark reports
// the first load's JavaScript).
const DisputePage = lazy(() =>
  import('./features/requests/dispute-page.tsx').then((m) => ({ default: m.DisputePage })),
);
const LanguagePage = lazy(() =>
  import('./features/settings/language-page.tsx').then((m) => ({ default: m.LanguagePage })),
);
const SellerScreen = lazy(() =>
  import('./features/seller/seller-screen.tsx').then((m) => ({ default: m.SellerScreen })),
);

type AppProps = { launch: LaunchContext; translator: Translator; onFirstScreen?: () => void };

export function App({ launch, translator, onFirstScreen }: AppProps) {
  useEffect(() => onFirstScreen?.(), [onFirstScreen]);
  return (
    <I18nRoot initial={translator}>
      {launch.kind === 'telegram' ? <SignedIn /> : <OpenFromTelegram reason={launch.kind} />}
    </I18nRoot>
  );
}

function SignedIn() {
  const t = useT();
  const refused = useSessionRefused();
  const me = useApi('me', (signal) => getMe(signal));
  const route = useRoute();
  // Once the server knows the user, their language (their choice, or Telegram's) is the app's.
  const { followAccount } = useAppLanguage();
  const accountLocale = me.data?.locale;
  useEffect(() => {
    if (accountLocale) followAccount(accountLocale);
  }, [accountLocale, followAccount]);

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
          <ErrorState title={t('app-start-failed')} error={me.error} onRetry={me.reload} />
        </main>
      ) : null}
      {me.status === 'ready' ? (
        // A new route starts with a fresh boundary, so one broken screen does not stick.
        <ErrorBoundary key={hrefOf(route)}>
          <Suspense
            fallback={
              <main className="page">
                <PageSkeleton />
              </main>
            }
          >
            <Screen route={route} me={me.data} onMeChanged={me.replace} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </>
  );
}

function Screen({ route, me, onMeChanged }: { route: Route; me: Me; onMeChanged: (me: Me) => void }) {
  const t = useT();
  switch (route.name) {
    case 'home':
      return <HomePage me={me} />;
    case 'settings':
      return <LanguagePage me={me} onChanged={onMeChanged} />;
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
          <EmptyState icon={<CompassIcon size={30} />} title={t('app-not-found-title')}>
            {t('app-not-found-text')}
          </EmptyState>
        </Page>
      );
  }
}

function SellersOnly() {
  const t = useT();
  return (
    <Page back={{ name: 'home' }}>
      <EmptyState icon={<BoxIcon size={30} />} title={t('app-sellers-only-title')}>
        {t('app-sellers-only-text')}
      </EmptyState>
    </Page>
  );
}
