import type { Me } from '@codepool/shared';
import { describeError } from '@codepool/shared/client';
import { useI18n } from '@codepool/shared/i18n/react';
import { type ReactNode, useId } from 'react';
import { Logo, LogoutIcon } from '../components/icons.tsx';
import { toast } from '../components/toast.tsx';
import { useSignOut } from '../features/auth/api/sign-out.ts';
import { useLanguageSwitch } from '../lib/i18n.tsx';
import { useRealtimeConnected } from '../lib/realtime.ts';
import { Link, useLocation } from '../lib/router.tsx';
import { useLiveUpdates } from './live-updates.ts';
import { NAV } from './nav.ts';

/** The switch's value for "follow Telegram": the account has no language of its own. */
const FOLLOW = '';

/** The account's language: saved on it, so the bot and the Mini App speak it too. */
function LanguageSwitch({ me }: { me: Me }) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const { languages, choose, choosing } = useLanguageSwitch();
  return (
    <div className="language">
      <label htmlFor={id}>{t('dash-shell-language')}</label>
      <select
        id={id}
        className="language-select"
        data-testid="language-switch"
        value={me.localeChoice ?? FOLLOW}
        disabled={choosing}
        onChange={(e) =>
          choose(e.target.value === FOLLOW ? null : e.target.value).catch((error) =>
            toast(describeError(error, { i18n }), 'error'),
          )
        }
      >
        <option value={FOLLOW}>{t('dash-shell-language-telegram')}</option>
        {languages.map(({ locale, name }) => (
          <option key={locale} value={locale} lang={locale}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The signed-in frame: navigation, live status, who is signed in, language, sign out. */
export function Shell({ me, children }: { me: Me; children: ReactNode }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { pathname } = useLocation();
  const live = useRealtimeConnected();
  const signOut = useSignOut();
  useLiveUpdates();
  return (
    <div className="shell">
      <aside className="sidebar">
        <Link to="/pools" className="brand">
          <Logo />
          <span>{t('dash-shell-brand')}</span>
          <span className="brand-tag">{t('dash-shell-seller')}</span>
        </Link>
        <nav aria-label={t('dash-nav-label')}>
          {NAV.map(({ to, name, icon: Icon }) => {
            const active = pathname === to || pathname.startsWith(`${to}/`);
            return (
              <Link
                key={to}
                to={to}
                className={`nav-link ${active ? 'nav-active' : ''}`}
                aria-current={active ? 'page' : undefined}
              >
                <Icon size={18} />
                {t(`dash-nav-${name}`)}
              </Link>
            );
          })}
        </nav>
        <div className="sidebar-foot">
          <div
            className={`live ${live ? 'live-on' : ''}`}
            data-testid="live-status"
            title={live ? t('dash-shell-live-hint') : t('dash-shell-reconnecting')}
          >
            <span className="live-dot" />
            {live ? t('dash-shell-live') : t('dash-shell-offline')}
          </div>
          <LanguageSwitch me={me} />
          <div className="me">
            <div className="avatar" aria-hidden="true">
              {me.firstName.slice(0, 1).toUpperCase()}
            </div>
            <div className="me-text">
              <div className="me-name" data-testid="me-name">
                {me.firstName}
              </div>
              <div className="me-sub">
                {me.username ? `@${me.username}` : t('dash-shell-telegram-id', { id: me.telegramId })}
              </div>
            </div>
            <button
              type="button"
              className="icon-btn"
              aria-label={t('dash-shell-sign-out')}
              title={t('dash-shell-sign-out')}
              disabled={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onError: (e) => toast(describeError(e, { i18n }), 'error') })}
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
