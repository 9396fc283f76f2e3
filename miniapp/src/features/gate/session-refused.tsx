import { LockIcon } from '../../components/icons.tsx';

/** The server refused the init data: tampered, signed for another bot, or too old to trust. */
export function SessionRefused() {
  return (
    <main className="page gate">
      <div className="gate-card" role="alert">
        <div className="gate-logo">
          <LockIcon size={42} />
        </div>
        <h1 className="gate-title">Session not verified</h1>
        <p className="gate-text">Your Telegram session could not be verified — reopen the app from the bot.</p>
        <p className="gate-hint">Close this window and open Codepool again from the bot's menu button.</p>
      </div>
    </main>
  );
}
