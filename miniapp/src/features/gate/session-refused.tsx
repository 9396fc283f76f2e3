import { useT } from '@codepool/shared/i18n/react';
import { LockIcon } from '../../components/icons.tsx';

/** The server refused the init data: tampered, signed for another bot, or too old to trust. */
export function SessionRefused() {
  const t = useT();
  return (
    <main className="page gate">
      <div className="gate-card" role="alert">
        <div className="gate-logo">
          <LockIcon size={42} />
        </div>
        <h1 className="gate-title">{t('app-session-refused-title')}</h1>
        <p className="gate-text">{t('app-session-refused-text')}</p>
        <p className="gate-hint">{t('app-session-refused-hint')}</p>
      </div>
    </main>
  );
}
