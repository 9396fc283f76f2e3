import type { TestSourceResult } from '@codepool/shared';
import { formatDateTime } from '@codepool/shared/client';
import { Badge } from '../../../components/badge.tsx';
import { formatCount } from '../../../lib/format.ts';
import { formatMoney } from '../lib/money.ts';

const ERROR_KINDS: Record<string, string> = {
  auth: 'Credentials refused',
  unavailable: 'Product unavailable',
  balance: 'Balance too low',
  price: 'Price refused',
  rate_limited: 'Rate limited',
  retryable: 'Temporary error',
  rejected: 'Refused',
};

/** What "Test connection" found: the supplier's price and stock, or why it refused. */
export function TestResult({ result }: { result: TestSourceResult }) {
  if (!result.ok) {
    return (
      <div className="notice notice-amber" role="alert" data-testid="source-test-result">
        <strong>{ERROR_KINDS[result.error.kind] ?? 'The supplier refused'}</strong>{' '}
        <code className="small">{result.error.kind}</code>
        <p>{result.error.message}</p>
      </div>
    );
  }
  const { quote, withinCap } = result;
  return (
    <div className="notice notice-green" data-testid="source-test-result">
      <strong>Connected.</strong>
      <dl className="facts">
        <dt>Product</dt>
        <dd>{quote.name ?? <span className="muted">not named by the supplier</span>}</dd>
        <dt>Price</dt>
        <dd data-testid="quote-price">
          {quote.unitCost === null ? 'nothing on offer' : formatMoney(quote.unitCost, quote.currency)}{' '}
          {quote.unitCost !== null &&
            (withinCap ? (
              <Badge tone="green">within your highest cost</Badge>
            ) : (
              <Badge tone="red">above your highest cost: orders would not be placed</Badge>
            ))}
        </dd>
        <dt>Available</dt>
        <dd data-testid="quote-available">{quote.available === null ? 'not told' : formatCount(quote.available)}</dd>
        <dt>Checked</dt>
        <dd>{formatDateTime(quote.checkedAt)}</dd>
      </dl>
    </div>
  );
}
