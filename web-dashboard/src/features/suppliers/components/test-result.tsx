import type { TestSourceResult } from '@codepool/shared';
import { useI18n } from '@codepool/shared/i18n/react';
import { Badge } from '../../../components/badge.tsx';
import { useFormat } from '../../../lib/format.ts';
import { formatMoney } from '../lib/money.ts';

/** What "Test connection" found: the supplier's price and stock, or why it refused. */
export function TestResult({ result }: { result: TestSourceResult }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormat();
  if (!result.ok) {
    // The refusal's kind comes from the supplier adapter; one it does not name yet is said generally.
    const { kind, message } = result.error;
    return (
      <div className="notice notice-amber" role="alert" data-testid="source-test-result">
        <strong>
          {i18n.has(`dash-source-test-error-${kind}`)
            ? t(`dash-source-test-error-${kind}`)
            : t('dash-source-test-refused')}
        </strong>{' '}
        <code className="small">{kind}</code>
        {/* The supplier's own words: data, in its language. */}
        <p>{message}</p>
      </div>
    );
  }
  const { quote, withinCap } = result;
  return (
    <div className="notice notice-green" data-testid="source-test-result">
      <strong>{t('dash-source-test-connected')}</strong>
      <dl className="facts">
        <dt>{t('dash-source-test-product')}</dt>
        <dd>{quote.name ?? <span className="muted">{t('dash-source-test-unnamed')}</span>}</dd>
        <dt>{t('dash-source-test-price')}</dt>
        <dd data-testid="quote-price">
          {quote.unitCost === null
            ? t('dash-source-nothing-on-offer')
            : formatMoney(quote.unitCost, quote.currency, i18n)}{' '}
          {quote.unitCost !== null &&
            (withinCap ? (
              <Badge tone="green">{t('dash-source-test-within-cap')}</Badge>
            ) : (
              <Badge tone="red">{t('dash-source-test-above-cap')}</Badge>
            ))}
        </dd>
        <dt>{t('dash-source-test-available')}</dt>
        <dd data-testid="quote-available">
          {quote.available === null ? t('dash-source-test-not-told') : f.count(quote.available)}
        </dd>
        <dt>{t('dash-source-test-checked')}</dt>
        <dd>{f.dateTime(quote.checkedAt)}</dd>
      </dl>
    </div>
  );
}
