import { describeError, isApiError } from '@codepool/shared/client';
import type { Translator } from '@codepool/shared/i18n';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Button } from '../components/button.tsx';
import { Logo } from '../components/icons.tsx';
import { Toaster } from '../components/toast.tsx';
import { useMe } from '../features/auth/api/get-me.ts';
import { SignInScreen } from '../features/auth/components/sign-in-screen.tsx';
import { I18nRoot } from '../lib/i18n.tsx';
import { markSignedIn, useSession } from '../lib/session.ts';
import { Routes } from './routes.tsx';
import { Shell } from './shell.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A refusal will be refused again; only a network hiccup or a 5xx is worth one more try.
      retry: (count, error) => count < 1 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});

function Splash() {
  const t = useT();
  return (
    <div className="splash" role="status">
      <Logo size={40} />
      <span className="spinner spinner-lg" aria-hidden="true" />
      <span className="sr-only">{t('dash-loading')}</span>
    </div>
  );
}

function Gate() {
  const session = useSession();
  const me = useMe();
  const i18n = useI18n();
  useEffect(() => {
    if (me.isSuccess) markSignedIn();
  }, [me.isSuccess]);

  if (session.status === 'signed-out') return <SignInScreen reason={session.reason} />;
  if (me.isPending) return <Splash />;
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) return <SignInScreen reason="none" />;
    return (
      <div className="splash">
        <Logo size={40} />
        <p>{describeError(me.error, { i18n })}</p>
        <Button variant="secondary" onClick={() => me.refetch()}>
          {i18n.t('dash-try-again')}
        </Button>
      </div>
    );
  }
  if (!me.data.isSeller) return <SignInScreen reason="not-seller" />;
  return (
    <Shell me={me.data}>
      <Routes />
    </Shell>
  );
}

export function App({ translator }: { translator: Translator }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nRoot initial={translator}>
        <Gate />
        <Toaster />
      </I18nRoot>
    </QueryClientProvider>
  );
}
