import type { Template } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { CheckboxField, TextAreaField, TextField } from '../../../components/field.tsx';
import { PlusIcon } from '../../../components/icons.tsx';
import { InlineError } from '../../../components/states.tsx';
import { toast } from '../../../components/toast.tsx';
import { soldLabel } from '../../../lib/sales-cap.ts';
import { useCreateTemplate } from '../api/create-template.ts';
import { useUpdateTemplate } from '../api/update-template.ts';
import { errorsUnder, formErrors } from '../lib/form-errors.ts';
import {
  type ListingDraft,
  listingDraft,
  listingPatch,
  listingValues,
  newVariantDraft,
  type VariantDraft,
  variantInput,
} from '../lib/variant-draft.ts';
import type { PoolOption } from './pool-option.ts';
import { VariantFields } from './variant-fields.tsx';
import { VariantsSection } from './variants-section.tsx';

const MAX_DRAFTS = 20;

/** The listing's own fields: what buyers read, whether it sells, and its cap across all variants. */
function ListingFields({
  draft,
  onChange,
  errors,
  template,
}: {
  draft: ListingDraft;
  onChange: (change: Partial<ListingDraft>) => void;
  errors: Record<string, string>;
  template?: Template;
}) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('dash-listing-title')}
        value={draft.title}
        onChange={(e) => onChange({ title: e.target.value })}
        required
        maxLength={120}
        autoFocus
        error={errors.title}
      />
      <TextAreaField
        label={t('dash-listing-description')}
        value={draft.description}
        onChange={(e) => onChange({ description: e.target.value })}
        rows={2}
        maxLength={2000}
        error={errors.description}
        hint={t('dash-listing-description-hint')}
      />
      <TextAreaField
        label={t('dash-listing-instructions')}
        value={draft.instructions}
        onChange={(e) => onChange({ instructions: e.target.value })}
        rows={3}
        maxLength={4000}
        error={errors.instructions}
        hint={t('dash-listing-instructions-hint')}
      />
      <div className="form-row form-row-3">
        <TextField
          label={t('dash-listing-cap')}
          type="number"
          min={Math.max(1, template?.soldCount ?? 1)}
          max={10_000_000}
          value={draft.maxQuantity}
          onChange={(e) => onChange({ maxQuantity: e.target.value })}
          placeholder={t('dash-listing-unlimited')}
          error={errors.maxQuantity}
          hint={
            template ? t('dash-listing-cap-hint', { sold: soldLabel(template, t) }) : t('dash-listing-cap-hint-new')
          }
        />
        <CheckboxField
          label={t('dash-listing-active')}
          hint={t('dash-listing-active-hint')}
          checked={draft.active}
          onChange={(e) => onChange({ active: e.target.checked })}
        />
        <CheckboxField
          label={t('dash-listing-auto-pause')}
          hint={t('dash-listing-auto-pause-hint')}
          checked={draft.autoPause}
          onChange={(e) => onChange({ autoPause: e.target.checked })}
        />
      </div>
    </>
  );
}

/** A new listing's variants, all sent with it in one POST. */
function VariantDrafts({
  drafts,
  setDrafts,
  pools,
  errors,
}: {
  drafts: VariantDraft[];
  setDrafts: (update: (drafts: VariantDraft[]) => VariantDraft[]) => void;
  pools: PoolOption[];
  errors: Record<string, string>;
}) {
  const t = useT();
  return (
    <section className="variants" aria-label={t('dash-variants')} data-testid="variants-section">
      <div className="variants-head">
        <div className="subheading">{t('dash-variants-heading', { count: drafts.length })}</div>
        <span className="muted small">{t('dash-variants-drafts-hint')}</span>
      </div>
      {errors.variants && <p className="field-error">{errors.variants}</p>}
      {drafts.map((draft, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: drafts have no id until saved; the server's errors name them by index
        <fieldset key={i} className="fieldset" data-testid={`variant-draft-${i}`}>
          <legend>{t('dash-variants-numbered', { number: i + 1 })}</legend>
          <VariantFields
            draft={draft}
            onChange={(change) => setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...change } : d)))}
            pools={pools}
            errors={errorsUnder(errors, `variants.${i}`)}
          />
          {drafts.length > 1 && (
            <div className="actions-row">
              <Button size="sm" variant="plain" onClick={() => setDrafts((all) => all.filter((_, j) => j !== i))}>
                {t('dash-variants-remove-numbered', { number: i + 1 })}
              </Button>
            </div>
          )}
        </fieldset>
      ))}
      {drafts.length < MAX_DRAFTS && (
        <div>
          <Button
            size="sm"
            variant="secondary"
            icon={<PlusIcon />}
            onClick={() =>
              setDrafts((all) => [...all, newVariantDraft(t('dash-variants-numbered', { number: all.length + 1 }))])
            }
          >
            {t('dash-variants-add-another')}
          </Button>
        </div>
      )}
    </section>
  );
}

/**
 * Create or edit a listing. A new listing is sent whole, with its variants; an existing one
 * saves its own fields here and each variant on its own, below, against the server.
 */
export function TemplateFormDialog({
  template,
  pools,
  onClose,
}: {
  template?: Template;
  pools: PoolOption[];
  onClose: () => void;
}) {
  const t = useT();
  const [listing, setListing] = useState(() => listingDraft(template));
  const [drafts, setDrafts] = useState<VariantDraft[]>(() => [newVariantDraft()]);
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const mutation = template ? update : create;
  const errors = formErrors(mutation.error, t);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const values = listingValues(listing);
    const done = (what: string) => () => {
      toast(what);
      onClose();
    };
    if (template) {
      const patch = listingPatch(template, listing);
      if (!patch) return onClose();
      update.mutate(
        { templateId: template.id, patch },
        { onSuccess: done(t('dash-listing-saved', { title: values.title })) },
      );
    } else {
      create.mutate(
        { ...values, currency: 'XTR', variants: drafts.map(variantInput) },
        { onSuccess: done(t('dash-listing-created', { title: values.title })) },
      );
    }
  };

  return (
    <Dialog
      wide
      title={template ? t('dash-listing-edit', { title: template.title }) : t('dash-listing-new')}
      description={
        template && template.variants.length > 0
          ? `${t('dash-variants-count', { count: template.variants.length })} · ${soldLabel(template, t)}`
          : undefined
      }
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {template ? t('dash-listing-done') : t('dash-listing-cancel')}
          </Button>
          <Button variant="primary" type="submit" form="template-form" loading={mutation.isPending}>
            {template ? t('dash-listing-save') : t('dash-listing-create')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <form id="template-form" className="form" onSubmit={submit} aria-label={t('dash-listing-form')}>
          <ListingFields
            draft={listing}
            onChange={(change) => setListing((d) => ({ ...d, ...change }))}
            errors={errors}
            template={template}
          />
          {!template && <VariantDrafts drafts={drafts} setDrafts={setDrafts} pools={pools} errors={errors} />}
          <InlineError error={mutation.error} />
        </form>
        {template && <VariantsSection template={template} pools={pools} />}
      </div>
    </Dialog>
  );
}
