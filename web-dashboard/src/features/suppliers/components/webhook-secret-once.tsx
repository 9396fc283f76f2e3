import { Button } from '../../../components/button.tsx';
import { CopyValue } from './copy-value.tsx';

/**
 * Kinguin's webhook settings right after the source was created: the X-Event-Secret is
 * stored hashed, so this is the only time it can be read. It lives in component state
 * only, never in the query cache.
 */
export function WebhookSecretOnce({ url, secret, onDone }: { url: string; secret: string; onDone: () => void }) {
  return (
    <div className="token-once" data-testid="webhook-secret-once">
      <div className="token-once-head">
        <strong>Enter these in Kinguin’s webhook settings now.</strong> The secret is shown only now; Codepool keeps
        only its hash. Saving the source again with a new API key does not change it.
      </div>
      <p className="small">Webhook URL (for order.complete, order.status and product.update)</p>
      <CopyValue value={url} label="webhook URL" />
      <p className="small">X-Event-Secret</p>
      <CopyValue value={secret} label="webhook secret" testId="webhook-secret" />
      <Button variant="secondary" size="sm" onClick={onDone}>
        I have entered them
      </Button>
    </div>
  );
}
