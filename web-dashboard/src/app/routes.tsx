import { useT } from '@codepool/shared/i18n/react';
import { useEffect } from 'react';
import { matchPath, navigate, useLocation } from '../lib/router.tsx';
import { NAV } from './nav.ts';
import { AnalyticsPage } from './pages/analytics-page.tsx';
import { AuditPage } from './pages/audit-page.tsx';
import { ImportPage } from './pages/import-page.tsx';
import { LedgerPage } from './pages/ledger-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PoolPage } from './pages/pool-page.tsx';
import { PoolsPage } from './pages/pools-page.tsx';
import { RequestsPage } from './pages/requests-page.tsx';
import { TemplatesPage } from './pages/templates-page.tsx';
import { TokensPage } from './pages/tokens-page.tsx';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

export function Routes() {
  const t = useT();
  const { pathname } = useLocation();
  const section = NAV.find(({ to }) => pathname === to || pathname.startsWith(`${to}/`))?.name;
  // The tab's title names the section, in the reader's language.
  const title = section ? t('dash-shell-title-section', { section: t(`dash-nav-${section}`) }) : t('dash-shell-title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  if (pathname === '/' || pathname === '') return <Redirect to="/pools" />;
  if (pathname === '/pools') return <PoolsPage />;
  const importing = matchPath('/pools/:id/import', pathname);
  if (importing?.id) return <ImportPage key={importing.id} poolId={importing.id} />;
  const pool = matchPath('/pools/:id', pathname);
  if (pool?.id) return <PoolPage key={pool.id} poolId={pool.id} />;
  if (pathname === '/templates') return <TemplatesPage />;
  if (pathname === '/orders') return <RequestsPage />;
  if (pathname === '/analytics') return <AnalyticsPage />;
  if (pathname === '/ledger') return <LedgerPage />;
  if (pathname === '/audit') return <AuditPage />;
  if (pathname === '/tokens') return <TokensPage />;
  return <NotFoundPage />;
}
