import type { PoolSource, PoolSourceMode, SupplierKind, TestSourceResult } from '@codepool/shared';
import { formatDateTime, isApiError } from '@codepool/shared/client';
import { type FormEvent, useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { fieldErrors, SelectField, TextField } from '../../../components/field.tsx';
import { InlineError } from '../../../components/states.tsx';
import { toast } from '../../../components/toast.tsx';
import { formatCount } from '../../../lib/format.ts';
import type { useSaveSource } from '../api/save-source.ts';
import { useTestSource } from '../api/test-source.ts';
import { formatMoney } from '../lib/money.ts';
import {
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

export const MODE_LABELS: Record<PoolSourceMode, string> = {
  stock: 'Stock only — sell what you upload',
  on_demand: 'On demand — buy what is missing for each sale',
  backfill: 'Backfill — restock when stock runs low',
};
export const KIND_LABELS: Record<SupplierKind, string> = { kinguin: 'Kinguin', seller_server: 'Your own server' };

/** The server's field errors (`credentials.secret`, `maxUnitCost`) by the form's field names. */
function serverErrors(error: unknown): SourceFormErrors {
  if (!isApiError(error)) return {};
  const out: SourceFormErrors = {};
  for (const [path, message] of Object.entries(fieldErrors(error.details))) {
    const field = (path.startsWith('credentials') ? 'credential' : path.split('.')[0]) as SourceFormField;
    out[field] ??= message;
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
  const [form, setForm] = useState<SourceForm>(() => formFromSource(source));
  const [localErrors, setLocalErrors] = useState<SourceFormErrors>({});
  const [tested, setTested] = useState<TestSourceResult | null>(null);
  const test = useTestSource(poolId);
  const saved = source.mode === 'stock' ? null : source;
  // Saved credentials are for the saved kind: switching to another supplier needs its own.
  const credentialsSet = saved?.credentialsSet === true && saved.kind === form.kind;
  const errors: SourceFormErrors = { ...serverErrors(save.error), ...localErrors };

  const set =
    <F extends SourceFormField>(field: F) =>
    (value: SourceForm[F]) => {
      setForm((f) => ({ ...f, [field]: value }));
      setLocalErrors(({ [field]: _fixed, ...rest }) => rest);
      setTested(null);
    };
  const mapped = () => {
    const m = sourceInputFromForm(form, { credentialsSet });
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
        toast(next.mode === 'stock' ? 'The pool sells its own stock only' : 'Source saved');
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
    save.mutate(inputFromSource(saved), { onSuccess: () => toast('Source resumed') });
  };

  const field = (name: 'productId' | 'maxUnitCost' | 'currency' | 'waitMinutes' | 'baseUrl') => ({
    value: form[name],
    onChange: (e: { target: { value: string } }) => set(name)(e.target.value),
    error: errors[name],
  });

  return (
    <Card
      title="Source"
      description="Where this pool's stock comes from. A supplier fills what you have not uploaded."
      testId="source-card"
      actions={
        saved && (
          <span className="badge-row">
            <Badge tone="blue">{KIND_LABELS[saved.kind]}</Badge>
            {saved.status === 'paused' ? <Badge tone="red">Paused</Badge> : <Badge tone="green">Active</Badge>}
          </span>
        )
      }
    >
      <div className="stack-sm">
        {saved?.status === 'paused' && (
          <div className="notice notice-amber" role="alert" data-testid="source-paused">
            <strong>Paused:</strong> {saved.pausedReason ?? 'too many recent supplier orders failed'}. Its listings sell
            nothing from the supplier until you resume it.{' '}
            <Button size="sm" variant="primary" loading={save.isPending} onClick={resume}>
              Resume
            </Button>
          </div>
        )}
        <form className="form" onSubmit={submit} aria-label="Source" noValidate>
          <SelectField
            label="Mode"
            value={form.mode}
            onChange={(e) => set('mode')(e.target.value as PoolSourceMode)}
            error={errors.mode}
          >
            {(Object.keys(MODE_LABELS) as PoolSourceMode[]).map((m) => (
              <option key={m} value={m}>
                {MODE_LABELS[m]}
              </option>
            ))}
          </SelectField>
          {form.mode !== 'stock' && (
            <>
              <div className="form-row">
                <SelectField
                  label="Supplier"
                  value={form.kind}
                  onChange={(e) => set('kind')(e.target.value as SupplierKind)}
                >
                  {(Object.keys(KIND_LABELS) as SupplierKind[]).map((k) => (
                    <option key={k} value={k}>
                      {KIND_LABELS[k]}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label={form.kind === 'kinguin' ? 'Kinguin product id' : 'Listing on your server'}
                  placeholder={form.kind === 'kinguin' ? '5c9b5f6b2539a4e8f172916a' : 'steam-20-eur'}
                  maxLength={200}
                  {...field('productId')}
                />
              </div>
              <TextField
                label={form.kind === 'kinguin' ? 'API base URL' : "Your server's base URL"}
                placeholder={form.kind === 'kinguin' ? KINGUIN_DEFAULT_BASE_URL : 'https://codes.example.com/codepool'}
                hint={
                  form.kind === 'kinguin'
                    ? 'Leave empty for Kinguin’s production gateway.'
                    : 'We call GET /stock and POST /orders under it, signed with your secret.'
                }
                type="url"
                maxLength={500}
                {...field('baseUrl')}
              />
              <div className="form-row form-row-3">
                <TextField
                  label="Highest unit cost"
                  placeholder="12.50"
                  inputMode="decimal"
                  hint="An order above it is not placed."
                  {...field('maxUnitCost')}
                />
                <TextField label="Currency" maxLength={3} placeholder="EUR" {...field('currency')} />
                <TextField
                  label="Wait for keys (minutes)"
                  inputMode="numeric"
                  hint="Then own stock, or a refund."
                  {...field('waitMinutes')}
                />
              </div>
              {form.mode === 'backfill' && (
                <div className="form-row form-row-3">
                  <TextField
                    label="Restock under"
                    inputMode="numeric"
                    hint="Available items"
                    value={form.backfillThreshold}
                    onChange={(e) => set('backfillThreshold')(e.target.value)}
                    error={errors.backfillThreshold}
                  />
                  <TextField
                    label="Restock size"
                    inputMode="numeric"
                    hint="Units bought per restock"
                    value={form.backfillQuantity}
                    onChange={(e) => set('backfillQuantity')(e.target.value)}
                    error={errors.backfillQuantity}
                  />
                  <TextField
                    label="Daily spend cap"
                    inputMode="decimal"
                    placeholder="100.00"
                    hint={`Most spent on restocks per UTC day, in ${form.currency || 'the currency'}`}
                    value={form.dailySpendCap}
                    onChange={(e) => set('dailySpendCap')(e.target.value)}
                    error={errors.dailySpendCap}
                  />
                </div>
              )}
              <TextField
                label={form.kind === 'kinguin' ? 'Kinguin API key' : 'Shared secret (HMAC, 32+ characters)'}
                type="password"
                autoComplete="new-password"
                placeholder={credentialsSet ? 'set ✓ — enter a new one to replace' : ''}
                hint={
                  credentialsSet ? (
                    <span data-testid="credentials-set">Set ✓ — enter a new one to replace it.</span>
                  ) : (
                    'Stored encrypted; never shown again, not even to you.'
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
              Save
            </Button>
            {form.mode !== 'stock' && (
              <Button variant="secondary" loading={test.isPending} onClick={runTest}>
                Test connection
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
  return (
    <dl className="facts" data-testid="source-facts">
      <dt>{source.kind === 'kinguin' ? 'Webhook URL' : 'Callback URL'}</dt>
      <dd>
        <CopyValue
          value={source.webhookUrl}
          label={source.kind === 'kinguin' ? 'webhook URL' : 'callback URL'}
          testId="webhook-url"
        />
      </dd>
      <dt>Last quote</dt>
      <dd data-testid="saved-quote">
        {source.quote ? (
          <>
            {source.quote.unitCost === null
              ? 'nothing on offer'
              : formatMoney(source.quote.unitCost, source.quote.currency)}
            {source.quote.available !== null && ` · ${formatCount(source.quote.available)} available`}
            <span className="muted small"> · {formatDateTime(source.quote.checkedAt)}</span>
          </>
        ) : (
          <span className="muted">none yet — press Test connection</span>
        )}
      </dd>
      <dt>Recent orders</dt>
      <dd>
        {formatCount(source.recent.orders)}
        {source.recent.failed > 0 && <span className="text-red"> · {formatCount(source.recent.failed)} failed</span>}
      </dd>
    </dl>
  );
}
