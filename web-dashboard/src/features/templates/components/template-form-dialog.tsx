import type { Template } from '@codepool/shared';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { CheckboxField, TextAreaField, TextField } from '../../../components/field.tsx';
import { PlusIcon } from '../../../components/icons.tsx';
import { InlineError } from '../../../components/states.tsx';
import { toast } from '../../../components/toast.tsx';
import { formatCount } from '../../../lib/format.ts';
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
  return (
    <>
      <TextField
        label="Title"
        value={draft.title}
        onChange={(e) => onChange({ title: e.target.value })}
        required
        maxLength={120}
        autoFocus
        error={errors.title}
      />
      <TextAreaField
        label="Description"
        value={draft.description}
        onChange={(e) => onChange({ description: e.target.value })}
        rows={2}
        maxLength={2000}
        error={errors.description}
        hint="What buyers see before they pay."
      />
      <TextAreaField
        label="Instructions"
        value={draft.instructions}
        onChange={(e) => onChange({ instructions: e.target.value })}
        rows={3}
        maxLength={4000}
        error={errors.instructions}
        hint="Shown to the buyer with the revealed item: how to redeem it."
      />
      <div className="form-row form-row-3">
        <TextField
          label="Listing sales cap"
          type="number"
          min={Math.max(1, template?.soldCount ?? 1)}
          max={10_000_000}
          value={draft.maxQuantity}
          onChange={(e) => onChange({ maxQuantity: e.target.value })}
          placeholder="Unlimited"
          error={errors.maxQuantity}
          hint={
            template
              ? `${soldLabel(template)} across its variants. Empty is unlimited.`
              : 'Units it may ever sell, across all its variants. Empty is unlimited.'
          }
        />
        <CheckboxField
          label="Active"
          hint="Buyers can open new orders."
          checked={draft.active}
          onChange={(e) => onChange({ active: e.target.checked })}
        />
        <CheckboxField
          label="Pause when the pools run out"
          hint="Resumes by itself on restock."
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
  return (
    <section className="variants" aria-label="Variants" data-testid="variants-section">
      <div className="variants-head">
        <div className="subheading">Variants ({drafts.length})</div>
        <span className="muted small">Denominations, regions, editions: each with its own price, pool and caps.</span>
      </div>
      {errors.variants && <p className="field-error">{errors.variants}</p>}
      {drafts.map((draft, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: drafts have no id until saved; the server's errors name them by index
        <fieldset key={i} className="fieldset" data-testid={`variant-draft-${i}`}>
          <legend>Variant {i + 1}</legend>
          <VariantFields
            draft={draft}
            onChange={(change) => setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...change } : d)))}
            pools={pools}
            errors={errorsUnder(errors, `variants.${i}`)}
          />
          {drafts.length > 1 && (
            <div className="actions-row">
              <Button size="sm" variant="plain" onClick={() => setDrafts((all) => all.filter((_, j) => j !== i))}>
                Remove variant {i + 1}
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
            onClick={() => setDrafts((all) => [...all, newVariantDraft(`Variant ${all.length + 1}`)])}
          >
            Add another variant
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
  const [listing, setListing] = useState(() => listingDraft(template));
  const [drafts, setDrafts] = useState<VariantDraft[]>(() => [newVariantDraft()]);
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const mutation = template ? update : create;
  const errors = formErrors(mutation.error);

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
      update.mutate({ templateId: template.id, patch }, { onSuccess: done(`Saved “${values.title}”`) });
    } else {
      create.mutate(
        { ...values, currency: 'XTR', variants: drafts.map(variantInput) },
        { onSuccess: done(`Created listing “${values.title}”`) },
      );
    }
  };

  return (
    <Dialog
      wide
      title={template ? `Edit ${template.title}` : 'New listing'}
      description={
        template && template.variants.length > 0
          ? `${formatCount(template.variants.length)} variant${template.variants.length === 1 ? '' : 's'} · ${soldLabel(template)}`
          : undefined
      }
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {template ? 'Done' : 'Cancel'}
          </Button>
          <Button variant="primary" type="submit" form="template-form" loading={mutation.isPending}>
            {template ? 'Save listing' : 'Create listing'}
          </Button>
        </>
      }
    >
      <div className="stack">
        <form id="template-form" className="form" onSubmit={submit} aria-label="Listing">
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
