import { useT } from '@codepool/shared/i18n/react';
import { SendIcon } from '../../components/icons.tsx';

/** Shown in a plain browser: without Telegram's launch parameters there is nobody to sign in as. */
export function OpenFromTelegram({ reason = 'outside' }: { reason?: 'outside' | 'unsupported-client' }) {
  const t = useT();
  return (
    <main className="page gate">
      <div className="gate-card">
        <div className="gate-logo">
          <SendIcon size={44} />
        </div>
        <h1 className="gate-title">{t('app-brand')}</h1>
        {reason === 'outside' ? (
          <>
            <p className="gate-text">{t('app-gate-outside-text')}</p>
            <p className="gate-hint">{t('app-gate-outside-hint')}</p>
          </>
        ) : (
          <>
            <p className="gate-text">{t('app-gate-old-client-text')}</p>
            <p className="gate-hint">{t('app-gate-old-client-hint')}</p>
          </>
        )}
      </div>
    </main>
  );
}
