import { SendIcon } from '../../components/icons.tsx';

/** Shown in a plain browser: without Telegram's launch parameters there is nobody to sign in as. */
export function OpenFromTelegram({ reason = 'outside' }: { reason?: 'outside' | 'unsupported-client' }) {
  return (
    <main className="page gate">
      <div className="gate-card">
        <div className="gate-logo">
          <SendIcon size={44} />
        </div>
        <h1 className="gate-title">Codepool</h1>
        {reason === 'outside' ? (
          <>
            <p className="gate-text">
              This is a Telegram Mini App. Open it from the Codepool bot in Telegram to buy and reveal your codes.
            </p>
            <p className="gate-hint">Open the bot in Telegram and tap the menu button, or follow a seller's link.</p>
          </>
        ) : (
          <>
            <p className="gate-text">This version of Telegram is too old for Codepool.</p>
            <p className="gate-hint">Update Telegram, then open the app from the bot again.</p>
          </>
        )}
      </div>
    </main>
  );
}
