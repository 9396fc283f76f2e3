import { describeError } from '../lib/api-client.ts';
import { Button } from './button.tsx';
import { AlertIcon } from './icons.tsx';

type ErrorStateProps = { error: unknown; onRetry?: () => void; title?: string };

/** A failed load: what went wrong, in the server's words, and a way to try again. */
export function ErrorState({ error, onRetry, title = 'Could not load this' }: ErrorStateProps) {
  return (
    <div className="state-card" role="alert">
      <div className="state-icon state-icon-danger">
        <AlertIcon size={30} />
      </div>
      <p className="state-title">{title}</p>
      <p className="state-text">{describeError(error)}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
