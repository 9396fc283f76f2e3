import { BuyerLimitPeriod } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { CheckboxField, SelectField, TextField } from '../../../components/field.tsx';
import { buyerLimitOptions } from '../lib/listing-labels.ts';
import { MANUAL_DELIVERY, NO_LIMIT, type VariantDraft } from '../lib/variant-draft.ts';
import type { PoolOption } from './pool-option.ts';

/** One variant's inputs: what it is, what it costs, where it is delivered from, and its caps and limits. */
export function VariantFields({
  draft,
  onChange,
  pools,
  errors,
  soldCount,
}: {
  draft: VariantDraft;
  onChange: (change: Partial<VariantDraft>) => void;
  pools: PoolOption[];
  errors: Record<string, string>;
  /** Units the variant has sold, when it exists: its cap cannot go below them. */
  soldCount?: number;
}) {
  const t = useT();
  const limited = draft.limitPeriod !== NO_LIMIT;
  return (
    <>
      <div className="form-row form-row-3">
        <TextField
          label={t('dash-variants-name')}
          value={draft.title}
          onChange={(e) => onChange({ title: e.target.value })}
          required
          maxLength={60}
          error={errors.title}
          hint={t('dash-variants-name-hint')}
        />
        <TextField
          label={t('dash-variants-price')}
          type="number"
          min={1}
          max={100_000}
          value={draft.price}
          onChange={(e) => onChange({ price: e.target.value })}
          required
          error={errors.price}
          hint={t('dash-variants-price-hint')}
        />
        <SelectField
          label={t('dash-variants-pool')}
          value={draft.poolId}
          onChange={(e) => onChange({ poolId: e.target.value })}
          error={errors.poolId}
          hint={
            draft.poolId === MANUAL_DELIVERY ? t('dash-variants-pool-manual-hint') : t('dash-variants-pool-auto-hint')
          }
        >
          <option value={MANUAL_DELIVERY}>{t('dash-variants-pool-none')}</option>
          {pools.map((p) => (
            <option key={p.id} value={p.id}>
              {t('dash-variants-pool-option', { pool: p.name, available: p.available })}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-row form-row-3">
        <TextField
          label={t('dash-variants-cap')}
          type="number"
          min={Math.max(1, soldCount ?? 1)}
          max={10_000_000}
          value={draft.maxQuantity}
          onChange={(e) => onChange({ maxQuantity: e.target.value })}
          placeholder={t('dash-listing-unlimited')}
          error={errors.maxQuantity}
          hint={
            soldCount === undefined
              ? t('dash-variants-cap-hint-new')
              : t('dash-variants-cap-hint-sold', { sold: soldCount })
          }
        />
        <TextField
          label={t('dash-variants-min')}
          type="number"
          min={1}
          max={100}
          value={draft.minPerOrder}
          onChange={(e) => onChange({ minPerOrder: e.target.value })}
          required
          error={errors.minPerOrder}
        />
        <TextField
          label={t('dash-variants-max')}
          type="number"
          min={1}
          max={100}
          value={draft.maxPerOrder}
          onChange={(e) => onChange({ maxPerOrder: e.target.value })}
          required
          error={errors.maxPerOrder}
        />
      </div>
      <div className="form-row form-row-3">
        <SelectField
          label={t('dash-variants-limit')}
          value={draft.limitPeriod}
          onChange={(e) => {
            const period = BuyerLimitPeriod.safeParse(e.target.value);
            onChange({ limitPeriod: period.success ? period.data : NO_LIMIT });
          }}
          error={errors.buyerLimit ?? errors['buyerLimit.period']}
          hint={t('dash-variants-limit-hint')}
        >
          <option value={NO_LIMIT}>{t('dash-variants-limit-none')}</option>
          {buyerLimitOptions(t).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('dash-variants-limit-count')}
          type="number"
          min={1}
          max={10_000}
          value={limited ? draft.limitCount : ''}
          onChange={(e) => onChange({ limitCount: e.target.value })}
          disabled={!limited}
          required={limited}
          placeholder={limited ? undefined : '—'}
          error={errors['buyerLimit.count']}
        />
        <CheckboxField
          label={t('dash-variants-on-sale')}
          hint={t('dash-variants-on-sale-hint')}
          checked={draft.active}
          onChange={(e) => onChange({ active: e.target.checked })}
        />
      </div>
    </>
  );
}
