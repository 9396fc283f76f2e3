import type { Me } from '@codepool/shared';
import { describeError } from '@codepool/shared/client';
import type { ReactNode } from 'react';
import {
  AuditIcon,
  ChartIcon,
  KeyIcon,
  Logo,
  LogoutIcon,
  PoolsIcon,
  RequestsIcon,
  TagIcon,
} from '../components/icons.tsx';
import { toast } from '../components/toast.tsx';
import { useSignOut } from '../features/auth/api/sign-out.ts';
import { useRealtimeConnected } from '../lib/realtime.ts';
import { Link, useLocation } from '../lib/router.tsx';
import { useLiveUpdates } from './live-updates.ts';

const NAV = [
  { to: '/pools', label: 'Pools', icon: PoolsIcon },
  { to: '/templates', label: 'Listings', icon: TagIcon },
  { to: '/orders', label: 'Orders', icon: RequestsIcon },
  { to: '/analytics', label: 'Analytics', icon: ChartIcon },
  { to: '/ledger', label: 'Ledger', icon: ChartIcon },
  { to: '/audit', label: 'Audit log', icon: AuditIcon },
  { to: '/tokens', label: 'API tokens', icon: KeyIcon },
];

/** The signed-in frame: navigation, live status, who is signed in, sign out. */
export function Shell({ me, children }: { me: Me; children: ReactNode }) {
  const { pathname } = useLocation();
  const live = useRealtimeConnected();
  const signOut = useSignOut();
  useLiveUpdates();
  return (
    <div className="shell">
      <aside className="sidebar">
        <Link to="/pools" className="brand">
          <Logo />
          <span>Codepool</span>
          <span className="brand-tag">Seller</span>
        </Link>
        <nav aria-label="Main">
          {NAV.map(({ to, label, icon: Icon }) => {
            const active = pathname === to || pathname.startsWith(`${to}/`);
            return (
              <Link
                key={to}
                to={to}
                className={`nav-link ${active ? 'nav-active' : ''}`}
                aria-current={active ? 'page' : undefined}
              >
                <Icon size={18} />
                {label}
              </Link>
            );
          })}
        </nav>
        <div className="sidebar-foot">
          <div
            className={`live ${live ? 'live-on' : ''}`}
            data-testid="live-status"
            title={live ? 'Updates arrive live' : 'Reconnecting…'}
          >
            <span className="live-dot" />
            {live ? 'Live' : 'Offline'}
          </div>
          <div className="me">
            <div className="avatar" aria-hidden="true">
              {me.firstName.slice(0, 1).toUpperCase()}
            </div>
            <div className="me-text">
              <div className="me-name" data-testid="me-name">
                {me.firstName}
              </div>
              <div className="me-sub">{me.username ? `@${me.username}` : `Telegram ${me.telegramId}`}</div>
            </div>
            <button
              type="button"
              className="icon-btn"
              aria-label="Sign out"
              title="Sign out"
              disabled={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onError: (e) => toast(describeError(e), 'error') })}
            >
              <LogoutIcon size={18} />
            </button>
          </div>
        </div>
      </aside>
      <main className="content">{children}</main>
    </div>
  );
}
