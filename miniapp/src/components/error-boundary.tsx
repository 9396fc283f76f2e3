import { useT } from '@codepool/shared/i18n/react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from './button.tsx';
import { AlertIcon } from './icons.tsx';

type Props = { children: ReactNode };
type State = { failed: boolean };

/** Last line of defence: a screen that throws while rendering shows this instead of a blank app. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('[codepool] screen failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <ScreenFailed onRetry={() => this.setState({ failed: false })} />;
  }
}

/** A function component, so the words come from the catalogue through the hook. */
function ScreenFailed({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <main className="page">
      <div className="state-card" role="alert">
        <div className="state-icon state-icon-danger">
          <AlertIcon size={30} />
        </div>
        <p className="state-title">{t('app-screen-failed-title')}</p>
        <p className="state-text">{t('app-screen-failed-text')}</p>
        <Button variant="secondary" onClick={onRetry}>
          {t('app-try-again')}
        </Button>
      </div>
    </main>
  );
}
