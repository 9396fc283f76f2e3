import {
  POOL_SOURCE_MODES,
  type PoolSource,
  type PoolSourceMode,
  SUPPLIER_KINDS,
  type SupplierKind,
  type TestSourceResult,
} from '@codepool/shared';
import { isApiError } from '@codepool/shared/client';
import type { Translator } from '@codepool/shared/i18n';
import { useI18n } from '@codepool/shared/i18n/react';
import { type FormEvent, useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { fieldErrors, SelectField, TextField } from '../../../components/field.tsx';
import { InlineError } from '../../../components/states.tsx';
import { toast } from '../../../components/toast.tsx';
import { useFormat } from '../../../lib/format.ts';
import type { useSaveSource } from '../api/save-source.ts';
import { useTestSource } from '../api/test-source.ts';
import { formatAmount, formatMoney } from '../lib/money.ts';
import {
  EMPTY_SOURCE_FORM,
  formFromSource,
  inputFromSource,
  KINGUIN_DEFAULT_BASE_URL,
  type SourceForm,
  type SourceFormErrors,
  type SourceFormField,
  sourceInputFromForm,
} from '../lib/source-form.ts';
import { CopyValue } from './copy-value.tsx';
import { TestResult } from './test-result.tsx';

/**
 * The server's field errors (`credentials.secret`, `maxUnitCost`) by the form's field names.
 * Its messages are English: another language says only that the value was refused (the form's
 * own checks, in the reader's words, catch what the server would).
 */
function serverErrors(error: unknown, { locale, t }: Translator): SourceFormErrors {
  if (!isApiError(error)) return {};
  const out: SourceFormErrors = {};
  for (const [path, message] of Object.entries(fieldErrors(error.details))) {
    const field = (path.startsWith('credentials') ? 'credential' : path.split('.')[0]) as SourceFormField;
    out[field] ??= locale === 'en' ? message : t('dash-source-error-invalid');
  }
  return out;
}

/**
 * Where the pool's stock comes from, and the supplier behind it: set, test, save, resume.
 * `save` and `onSecret` belong to the panel: this card is re-keyed when the saved source
 * changes, and Kinguin's webhook secret must outlive that.
 */
export function SourceCard({
  poolId,
  source,
  save,
  onSecret,
}: {
  poolId: string;
  source: PoolSource;
  save: ReturnType<typeof useSaveSource>;
  onSecret: (shown: { url: string; secret: string }) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form, setForm] = useState<SourceForm>(() => formFromSource(source, i18n));
  const [localErrors, setLocalErrors] = useState<SourceFormErrors>({});
  const [tested, setTested] = useState<TestSourceResult | null>(null);
  const test = useTestSource(poolId);
  const saved = source.mode === 'stock' ? null : source;
  // Saved credentials are for the saved kind: switching to another supplier needs its own.
  const credentialsSet = saved?.credentialsSet === true && saved.kind === form.kind;
  const errors: SourceFormErrors = { ...serverErrors(save.error, i18n), ...localErrors };

  const set =
    <F extends SourceFormField>(field: F) =>
    (value: SourceForm[F]) => {
      setForm((f) => ({ ...f, [field]: value }));
      setLocalErrors(({ [field]: _fixed, ...rest }) => rest);
      setTested(null);
    };
  const mapped = () => {
    const m = sourceInputFromForm(form, { credentialsSet, i18n });
    setLocalErrors(m.ok ? {} : m.errors);
    return m.ok ? m.input : null;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = mapped();
    if (!input) return;
    save.mutate(input, {
      onSuccess: (next) => {
        setForm((f) => ({ ...f, credential: '' }));
        if (next.mode !== 'stock' && next.webhookSecret) onSecret({ url: next.webhookUrl, secret: next.webhookSecret });
        toast(next.mode === 'stock' ? t('dash-source-saved-stock') : t('dash-source-saved'));
      },
    });
  };
  const runTest = () => {
    const input = mapped();
    if (!input || input.mode === 'stock') return;
    setTested(null);
    test.mutate(input, { onSuccess: setTested });
  };
  const resume = () => {
    if (!saved) return;
    save.mutate(inputFromSource(saved, i18n), { onSuccess: () => toast(t('dash-source-resumed')) });
  };

  const field = (name: 'productId' | 'maxUnitCost' | 'currency' | 'waitMinutes' | 'baseUrl') => ({
    value: form[name],
    onChange: (e: { target: { value: string } }) => set(name)(e.target.value),
    error: errors[name],
  });

  return (
    <Card
      title={t('dash-source-title')}
      description={t('dash-source-description')}
      testId="source-card"
      actions={
        saved && (
          <span className="badge-row">
            <Badge tone="blue">{t(`dash-source-kind-${saved.kind}`)}</Badge>
            <Badge tone={saved.status === 'paused' ? 'red' : 'green'}>{t(`dash-source-status-${saved.status}`)}</Badge>
          </span>
        )
      }
    >
      <div className="stack-sm">
        {saved?.status === 'paused' && (
          <div className="notice notice-amber" role="alert" data-testid="source-paused">
            <strong>{t('dash-source-paused-label')}</strong>{' '}
            {t('dash-source-paused-text', { reason: saved.pausedReason ?? t('dash-source-paused-reason') })}{' '}
            <Button size="sm" variant="primary" loading={save.isPending} onClick={resume}>
              {t('dash-source-resume')}
            </Button>
          </div>
        )}
        <form className="form" onSubmit={submit} aria-label={t('dash-source-title')} noValidate>
          <SelectField
            label={t('dash-source-field-mode')}
            value={form.mode}
            onChange={(e) => set('mode')(e.target.value as PoolSourceMode)}
            error={errors.mode}
          >
            {POOL_SOURCE_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`dash-source-mode-${m}`)}
              </option>
            ))}
          </SelectField>
          {form.mode !== 'stock' && (
            <>
              <div className="form-row">
                <SelectField
                  label={t('dash-source-field-kind')}
                  value={form.kind}
                  onChange={(e) => set('kind')(e.target.value as SupplierKind)}
                >
                  {SUPPLIER_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`dash-source-kind-${k}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label={
                    form.kind === 'kinguin'
                      ? t('dash-source-field-product-kinguin')
                      : t('dash-source-field-product-seller_server')
                  }
                  placeholder={form.kind === 'kinguin' ? '5c9b5f6b2539a4e8f172916a' : 'steam-20-eur'}
                  maxLength={200}
                  {...field('productId')}
                />
              </div>
              <TextField
                label={
                  form.kind === 'kinguin'
                    ? t('dash-source-field-base-url-kinguin')
                    : t('dash-source-field-base-url-seller_server')
                }
                placeholder={form.kind === 'kinguin' ? KINGUIN_DEFAULT_BASE_URL : 'https://codes.example.com/codepool'}
                hint={
                  form.kind === 'kinguin'
                    ? t('dash-source-hint-base-url-kinguin')
                    : t('dash-source-hint-base-url-seller_server')
                }
                type="url"
                maxLength={500}
                {...field('baseUrl')}
              />
              <div className="form-row form-row-3">
                <TextField
                  label={t('dash-source-field-max-cost')}
                  placeholder={formatAmount(1250, 'EUR', i18n)}
                  inputMode="decimal"
                  hint={t('dash-source-hint-max-cost')}
                  {...field('maxUnitCost')}
                />
                <TextField
                  label={t('dash-source-field-currency')}
                  maxLength={3}
                  placeholder={EMPTY_SOURCE_FORM.currency}
                  {...field('currency')}
                />
                <TextField
                  label={t('dash-source-field-wait')}
                  inputMode="numeric"
                  hint={t('dash-source-hint-wait')}
                  {...field('waitMinutes')}
                />
              </div>
              {form.mode === 'backfill' && (
                <div className="form-row form-row-3">
                  <TextField
                    label={t('dash-source-field-threshold')}
                    inputMode="numeric"
                    hint={t('dash-source-hint-threshold')}
                    value={form.backfillThreshold}
                    onChange={(e) => set('backfillThreshold')(e.target.value)}
                    error={errors.backfillThreshold}
                  />
                  <TextField
                    label={t('dash-source-field-quantity')}
                    inputMode="numeric"
                    hint={t('dash-source-hint-quantity')}
                    value={form.backfillQuantity}
                    onChange={(e) => set('backfillQuantity')(e.target.value)}
                    error={errors.backfillQuantity}
                  />
                  <TextField
                    label={t('dash-source-field-spend-cap')}
                    inputMode="decimal"
                    placeholder={formatAmount(10_000, 'EUR', i18n)}
                    hint={
                      form.currency
                        ? t('dash-source-hint-spend-cap', { currency: form.currency })
                        : t('dash-source-hint-spend-cap-no-currency')
                    }
                    value={form.dailySpendCap}
                    onChange={(e) => set('dailySpendCap')(e.target.value)}
                    error={errors.dailySpendCap}
                  />
                </div>
              )}
              <TextField
                label={
                  form.kind === 'kinguin'
                    ? t('dash-source-field-credential-kinguin')
                    : t('dash-source-field-credential-seller_server')
                }
                type="password"
                autoComplete="new-password"
                placeholder={credentialsSet ? t('dash-source-credential-set-placeholder') : ''}
                hint={
                  credentialsSet ? (
                    <span data-testid="credentials-set">{t('dash-source-credential-set')}</span>
                  ) : (
                    t('dash-source-credential-hint')
                  )
                }
                maxLength={512}
                value={form.credential}
                onChange={(e) => set('credential')(e.target.value)}
                error={errors.credential}
              />
            </>
          )}
          <InlineError error={isApiError(save.error) && save.error.code === 'validation_failed' ? null : save.error} />
          <InlineError error={test.error} />
          {tested && <TestResult result={tested} />}
          <div className="source-buttons">
            <Button type="submit" variant="primary" loading={save.isPending}>
              {t('dash-source-save')}
            </Button>
            {form.mode !== 'stock' && (
              <Button variant="secondary" loading={test.isPending} onClick={runTest}>
                {t('dash-source-test')}
              </Button>
            )}
          </div>
        </form>
        {saved && <SavedFacts source={saved} />}
      </div>
    </Card>
  );
}

function SavedFacts({ source }: { source: Exclude<PoolSource, { mode: 'stock' }> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormat();
  const kinguin = source.kind === 'kinguin';
  return (
    <dl className="facts" data-testid="source-facts">
      <dt>{kinguin ? t('dash-source-webhook-url') : t('dash-source-callback-url')}</dt>
      <dd>
        <CopyValue value={source.webhookUrl} what={kinguin ? 'webhook-url' : 'callback-url'} testId="webhook-url" />
      </dd>
      <dt>{t('dash-source-last-quote')}</dt>
      <dd data-testid="saved-quote">
        {source.quote ? (
          <>
            {source.quote.unitCost === null
              ? t('dash-source-nothing-on-offer')
              : formatMoney(source.quote.unitCost, source.quote.currency, i18n)}
            {source.quote.available !== null &&
              ` · ${t('dash-source-quote-available', { count: source.quote.available })}`}
            <span className="muted small"> · {f.dateTime(source.quote.checkedAt)}</span>
          </>
        ) : (
          <span className="muted">{t('dash-source-quote-none')}</span>
        )}
      </dd>
      <dt>{t('dash-source-recent-orders')}</dt>
      <dd>
        {f.count(source.recent.orders)}
        {source.recent.failed > 0 && (
          <span className="text-red"> · {t('dash-source-recent-failed', { count: source.recent.failed })}</span>
        )}
      </dd>
    </dl>
  );
}
