import { useI18n } from '@codepool/shared/i18n/react';
import { describeError } from '../lib/api-client.ts';
import { Button } from './button.tsx';
import { AlertIcon } from './icons.tsx';

type ErrorStateProps = { error: unknown; onRetry?: () => void; title?: string };

/** A failed load: what went wrong, in the server's words, and a way to try again. */
export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const i18n = useI18n();
  return (
    <div className="state-card" role="alert">
      <div className="state-icon state-icon-danger">
        <AlertIcon size={30} />
      </div>
      <p className="state-title">{title ?? i18n.t('app-load-failed')}</p>
      <p className="state-text">{describeError(error, i18n)}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {i18n.t('app-try-again')}
        </Button>
      ) : null}
    </div>
  );
}
