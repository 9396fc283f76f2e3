import { useT } from '@codepool/shared/i18n/react';
import { Button } from '../../../components/button.tsx';
import { CopyValue } from './copy-value.tsx';

/**
 * Kinguin's webhook settings right after the source was created: the X-Event-Secret is
 * stored hashed, so this is the only time it can be read. It lives in component state
 * only, never in the query cache.
 */
export function WebhookSecretOnce({ url, secret, onDone }: { url: string; secret: string; onDone: () => void }) {
  const t = useT();
  return (
    <div className="token-once" data-testid="webhook-secret-once">
      <div className="token-once-head">
        <strong>{t('dash-supplier-secret-once-lead')}</strong> {t('dash-supplier-secret-once-text')}
      </div>
      <p className="small">{t('dash-supplier-secret-once-url')}</p>
      <CopyValue value={url} what="webhook-url" />
      <p className="small">{t('dash-supplier-secret-once-secret')}</p>
      <CopyValue value={secret} what="webhook-secret" testId="webhook-secret" />
      <Button variant="secondary" size="sm" onClick={onDone}>
        {t('dash-supplier-secret-once-done')}
      </Button>
    </div>
  );
}
