import type { Template, Variant } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { type FormEvent, useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { PlusIcon } from '../../../components/icons.tsx';
import { Stars } from '../../../components/stars.tsx';
import { InlineError } from '../../../components/states.tsx';
import { toast } from '../../../components/toast.tsx';
import { useFormat } from '../../../lib/format.ts';
import { capReached, soldLabel } from '../../../lib/sales-cap.ts';
import { useAddVariant } from '../api/add-variant.ts';
import { useRemoveVariant } from '../api/remove-variant.ts';
import { useUpdateVariant } from '../api/update-variant.ts';
import { formErrors } from '../lib/form-errors.ts';
import { buyerLimitLabel, perOrderLabel } from '../lib/listing-labels.ts';
import { newVariantDraft, type VariantDraft, variantDraft, variantInput, variantPatch } from '../lib/variant-draft.ts';
import type { PoolOption } from './pool-option.ts';
import { VariantFields } from './variant-fields.tsx';

export function VariantStatus({ v }: { v: Variant }) {
  const t = useT();
  if (!v.active) return <Badge tone="gray">{t('dash-variants-status-off')}</Badge>;
  if (capReached(v)) return <Badge tone="violet">{t('dash-listing-status-cap-reached')}</Badge>;
  if (v.available === 0) return <Badge tone="red">{t('dash-listing-status-sold-out')}</Badge>;
  return <Badge tone="green">{t('dash-variants-status-on')}</Badge>;
}

/** One variant's form, to add a new one or edit one; saved on its own, its errors beside it. */
function VariantForm({
  template,
  variant,
  pools,
  onDone,
}: {
  template: Template;
  variant?: Variant;
  pools: PoolOption[];
  onDone: () => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState<VariantDraft>(() =>
    variant
      ? variantDraft(variant)
      : newVariantDraft(t('dash-variants-numbered', { number: template.variants.length + 1 })),
  );
  const add = useAddVariant();
  const update = useUpdateVariant();
  const mutation = variant ? update : add;
  const errors = formErrors(mutation.error, t);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const saved = (what: string) => () => {
      toast(what);
      onDone();
    };
    if (!variant) {
      add.mutate(
        { templateId: template.id, variant: variantInput(draft) },
        { onSuccess: saved(t('dash-variants-added', { title: draft.title.trim() })) },
      );
      return;
    }
    const patch = variantPatch(variant, draft);
    if (!patch) return onDone();
    update.mutate(
      { templateId: template.id, variantId: variant.id, patch },
      { onSuccess: saved(t('dash-variants-saved', { title: draft.title.trim() })) },
    );
  };

  const heading = variant ? t('dash-variants-edit-title', { title: variant.title }) : t('dash-variants-new');
  return (
    <form className="fieldset variant-form" data-testid="variant-form" onSubmit={submit} aria-label={heading}>
      <div className="subheading">{heading}</div>
      <VariantFields
        draft={draft}
        onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
        pools={pools}
        errors={errors}
        soldCount={variant?.soldCount}
      />
      <InlineError error={mutation.error} />
      <div className="actions-row">
        <Button variant="secondary" size="sm" onClick={onDone}>
          {t('dash-variants-cancel')}
        </Button>
        <Button variant="primary" size="sm" type="submit" loading={mutation.isPending}>
          {variant ? t('dash-variants-save') : t('dash-variants-add')}
        </Button>
      </div>
    </form>
  );
}

function VariantRow({
  template,
  variant: v,
  pools,
  onEdit,
}: {
  template: Template;
  variant: Variant;
  pools: Map<string, PoolOption>;
  onEdit: () => void;
}) {
  const t = useT();
  const f = useFormat();
  const [confirming, setConfirming] = useState(false);
  const remove = useRemoveVariant();
  const limit = buyerLimitLabel(v.buyerLimit, t);
  const pool = v.poolId ? pools.get(v.poolId) : undefined;
  return (
    <li className="variant-row" data-testid="variant-row">
      <div className="variant-main">
        <div>
          <div className="row-title">
            {v.title} <VariantStatus v={v} />
          </div>
          <div className="row-sub">
            {v.poolId ? (pool?.name ?? t('dash-listings-pool')) : t('dash-listings-manual-delivery')}
            {v.available !== null && ` · ${t('dash-variants-in-stock', { count: v.available })}`}
            {` · ${t('dash-variants-per-order', { range: perOrderLabel(v, f) })}`}
            {limit && ` · ${limit}`}
          </div>
        </div>
        <div className="variant-figures">
          <span className="strong">
            <Stars n={v.price} />
          </span>
          <span className="muted small" data-testid="variant-sold">
            {soldLabel(v, t)}
          </span>
        </div>
        <div className="actions">
          <Button size="sm" variant="plain" onClick={onEdit}>
            {t('dash-variants-edit')}
          </Button>
          <Button size="sm" variant="plain" onClick={() => setConfirming(true)}>
            {t('dash-variants-remove')}
          </Button>
        </div>
      </div>
      {confirming && (
        <div className="variant-confirm">
          <span>{t('dash-variants-remove-confirm', { title: v.title })}</span>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              setConfirming(false);
              remove.reset();
            }}
          >
            {t('dash-variants-keep')}
          </Button>
          <Button
            size="sm"
            variant="danger"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(
                { templateId: template.id, variantId: v.id },
                { onSuccess: () => toast(t('dash-variants-removed', { title: v.title })) },
              )
            }
          >
            {t('dash-variants-remove-variant')}
          </Button>
        </div>
      )}
      <InlineError error={remove.error} />
    </li>
  );
}

/** A listing's variants, each edited, added or removed on its own against the server. */
export function VariantsSection({ template, pools }: { template: Template; pools: PoolOption[] }) {
  // One form open at a time: its labels stay unique and the seller saves one thing at once.
  const t = useT();
  const [open, setOpen] = useState<string | 'new' | null>(null);
  const byId = new Map(pools.map((p) => [p.id, p]));
  return (
    <section className="variants" aria-label={t('dash-variants')} data-testid="variants-section">
      <div className="variants-head">
        <div className="subheading">{t('dash-variants-heading', { count: template.variants.length })}</div>
        {open !== 'new' && (
          <Button size="sm" variant="secondary" icon={<PlusIcon />} onClick={() => setOpen('new')}>
            {t('dash-variants-add-open')}
          </Button>
        )}
      </div>
      <ul className="variant-list">
        {template.variants.map((v) =>
          open === v.id ? (
            <li key={v.id}>
              <VariantForm template={template} variant={v} pools={pools} onDone={() => setOpen(null)} />
            </li>
          ) : (
            <VariantRow key={v.id} template={template} variant={v} pools={byId} onEdit={() => setOpen(v.id)} />
          ),
        )}
      </ul>
      {open === 'new' && <VariantForm template={template} pools={pools} onDone={() => setOpen(null)} />}
    </section>
  );
}
