import { BuyerLimitPeriod } from '@codepool/shared';
import { CheckboxField, SelectField, TextField } from '../../../components/field.tsx';
import { formatCount } from '../../../lib/format.ts';
import { BUYER_LIMIT_OPTIONS } from '../lib/listing-labels.ts';
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
  const limited = draft.limitPeriod !== NO_LIMIT;
  return (
    <>
      <div className="form-row form-row-3">
        <TextField
          label="Variant name"
          value={draft.title}
          onChange={(e) => onChange({ title: e.target.value })}
          required
          maxLength={60}
          error={errors.title}
          hint="e.g. $25 · EU"
        />
        <TextField
          label="Price (Stars)"
          type="number"
          min={1}
          max={100_000}
          value={draft.price}
          onChange={(e) => onChange({ price: e.target.value })}
          required
          error={errors.price}
          hint="Per unit, in whole Stars."
        />
        <SelectField
          label="Delivered from"
          value={draft.poolId}
          onChange={(e) => onChange({ poolId: e.target.value })}
          error={errors.poolId}
          hint={draft.poolId === MANUAL_DELIVERY ? 'You deliver each paid order by hand.' : 'Delivered once paid.'}
        >
          <option value={MANUAL_DELIVERY}>No pool: deliver by hand</option>
          {pools.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({formatCount(p.available)} available)
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-row form-row-3">
        <TextField
          label="Variant sales cap"
          type="number"
          min={Math.max(1, soldCount ?? 1)}
          max={10_000_000}
          value={draft.maxQuantity}
          onChange={(e) => onChange({ maxQuantity: e.target.value })}
          placeholder="Unlimited"
          error={errors.maxQuantity}
          hint={
            soldCount === undefined
              ? 'Units it may ever sell. Empty is unlimited.'
              : `${formatCount(soldCount)} sold so far. Empty is unlimited.`
          }
        />
        <TextField
          label="Min per order"
          type="number"
          min={1}
          max={100}
          value={draft.minPerOrder}
          onChange={(e) => onChange({ minPerOrder: e.target.value })}
          required
          error={errors.minPerOrder}
        />
        <TextField
          label="Max per order"
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
          label="Buyer limit"
          value={draft.limitPeriod}
          onChange={(e) => {
            const period = BuyerLimitPeriod.safeParse(e.target.value);
            onChange({ limitPeriod: period.success ? period.data : NO_LIMIT });
          }}
          error={errors.buyerLimit ?? errors['buyerLimit.period']}
          hint="Counted per Telegram user, over a rolling window."
        >
          <option value={NO_LIMIT}>No limit</option>
          {BUYER_LIMIT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Units per buyer"
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
          label="On sale"
          hint="Buyers can pick this variant."
          checked={draft.active}
          onChange={(e) => onChange({ active: e.target.checked })}
        />
      </div>
    </>
  );
}
