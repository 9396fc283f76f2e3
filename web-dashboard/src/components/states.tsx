import { describeError } from '@codepool/shared/client';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import type { ReactNode } from 'react';
import { Button } from './button.tsx';
import { AlertIcon } from './icons.tsx';

export function LoadingState({ label, rows = 4 }: { label?: string; rows?: number }) {
  const t = useT();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="sr-only">{label ?? t('dash-loading')}</span>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={i} className="skeleton" style={{ width: `${92 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}

export function EmptyState({
  title,
  children,
  action,
  icon,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
}) {
  return (
    <div className="empty">
      {icon && <div className="empty-icon">{icon}</div>}
      <h3>{title}</h3>
      {children && <div className="empty-text">{children}</div>}
      {action && <div className="empty-action">{action}</div>}
    </div>
  );
}

export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="error-state" role="alert">
      <AlertIcon size={20} />
      <div>
        <strong>{title ?? t('dash-ui-load-failed')}</strong>
        <p>{describeError(error, { i18n })}</p>
      </div>
      {onRetry && (
        <Button variant="secondary" size="sm" onClick={onRetry}>
          {t('dash-try-again')}
        </Button>
      )}
    </div>
  );
}

/** An inline error under a form or beside an action. */
export function InlineError({ error }: { error: unknown }) {
  const i18n = useI18n();
  if (!error) return null;
  return (
    <p className="inline-error" role="alert">
      {describeError(error, { i18n })}
    </p>
  );
}
