import { useT } from '@codepool/shared/i18n/react';
import { Logo, TelegramIcon } from '../../../components/icons.tsx';
import { Markup } from '../../../components/markup.tsx';

export type SignInReason = 'none' | 'expired' | 'signed-out' | 'not-seller';

/**
 * What a visitor without a valid session sees: how to get in, with the bot's /dashboard command.
 * Before sign-in the browser's language speaks (see `firstLocale`).
 */
export function SignInScreen({ reason }: { reason: SignInReason }) {
  const t = useT();
  return (
    <main className="signin">
      <div className="signin-card" data-testid="sign-in">
        <div className="signin-brand">
          <Logo size={36} />
          <span>{t('dash-shell-brand')}</span>
        </div>
        <h1>{t(`dash-signin-title-${reason}`)}</h1>
        <p className="signin-lead">{t(`dash-signin-text-${reason}`)}</p>
        <ol className="signin-steps">
          <li>
            <span className="step-num">1</span>
            <div>
              <Markup text={t('dash-signin-step-open')} />
            </div>
          </li>
          <li>
            <span className="step-num">2</span>
            <div>
              <Markup text={t('dash-signin-step-send')} />
            </div>
          </li>
          <li>
            <span className="step-num">3</span>
            <div>
              <Markup text={t('dash-signin-step-link')} />
            </div>
          </li>
        </ol>
        <div className="signin-note">
          <TelegramIcon size={16} />
          <span>
            <Markup text={t('dash-signin-self-hosted')} />
          </span>
        </div>
      </div>
    </main>
  );
}
