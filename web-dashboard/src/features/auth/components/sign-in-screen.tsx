import { Logo, TelegramIcon } from '../../../components/icons.tsx';

export type SignInReason = 'none' | 'expired' | 'signed-out' | 'not-seller';

const HEADINGS: Record<SignInReason, { title: string; text: string }> = {
  none: {
    title: 'Sign in to your seller dashboard',
    text: 'Codepool has no passwords: the Codepool bot in Telegram sends you a one-time sign-in link.',
  },
  expired: {
    title: 'Your session has ended',
    text: 'Dashboard sessions last a week, and end when you sign out elsewhere. Ask the bot for a fresh link to carry on.',
  },
  'signed-out': {
    title: 'You are signed out',
    text: 'Thanks for stopping by. To come back, ask the bot for a new sign-in link.',
  },
  'not-seller': {
    title: 'This dashboard is for sellers',
    text: 'Open a shop from the Codepool Mini App in Telegram first, then ask the bot for a sign-in link.',
  },
};

/** What a visitor without a valid session sees: how to get in, with the bot's /dashboard command. */
export function SignInScreen({ reason }: { reason: SignInReason }) {
  const { title, text } = HEADINGS[reason];
  return (
    <main className="signin">
      <div className="signin-card" data-testid="sign-in">
        <div className="signin-brand">
          <Logo size={36} />
          <span>Codepool</span>
        </div>
        <h1>{title}</h1>
        <p className="signin-lead">{text}</p>
        <ol className="signin-steps">
          <li>
            <span className="step-num">1</span>
            <div>
              Open the <strong>Codepool bot</strong> in Telegram.
            </div>
          </li>
          <li>
            <span className="step-num">2</span>
            <div>
              Send <code className="kbd">/dashboard</code>.
            </div>
          </li>
          <li>
            <span className="step-num">3</span>
            <div>
              Open the link it replies with, in this browser. It works <strong>once</strong>, within{' '}
              <strong>10 minutes</strong>.
            </div>
          </li>
        </ol>
        <div className="signin-note">
          <TelegramIcon size={16} />
          <span>
            Running Codepool yourself? <code>npm run codepool -- login-link &lt;your Telegram id&gt;</code> prints a
            link too.
          </span>
        </div>
      </div>
    </main>
  );
}
