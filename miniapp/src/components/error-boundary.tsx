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
    return (
      <main className="page">
        <div className="state-card" role="alert">
          <div className="state-icon state-icon-danger">
            <AlertIcon size={30} />
          </div>
          <p className="state-title">This screen hit a problem</p>
          <p className="state-text">Your purchases are safe. Try again, or go back and reopen it.</p>
          <Button variant="secondary" onClick={() => this.setState({ failed: false })}>
            Try again
          </Button>
        </div>
      </main>
    );
  }
}
