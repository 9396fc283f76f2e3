import { AuditIcon, ChartIcon, KeyIcon, PoolsIcon, RequestsIcon, TagIcon } from '../components/icons.tsx';

/** The sections, in the sidebar's order; each is named by its `dash-nav-<name>` message. */
export const NAV = [
  { to: '/pools', name: 'pools', icon: PoolsIcon },
  { to: '/templates', name: 'templates', icon: TagIcon },
  { to: '/orders', name: 'orders', icon: RequestsIcon },
  { to: '/analytics', name: 'analytics', icon: ChartIcon },
  { to: '/ledger', name: 'ledger', icon: ChartIcon },
  { to: '/audit', name: 'audit', icon: AuditIcon },
  { to: '/tokens', name: 'tokens', icon: KeyIcon },
] as const;
