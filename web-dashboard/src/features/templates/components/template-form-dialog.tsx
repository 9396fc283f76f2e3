import type { Template } from '@codepool/shared';
import { isApiError } from '@codepool/shared/client';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { CheckboxField, fieldErrors, SelectField, TextAreaField, TextField } from '../../../components/field.tsx';
import { InlineError } from '../../../components/states.tsx';
import { toast } from '../../../components/toast.tsx';
import { formatCount } from '../../../lib/format.ts';
import { useCreateTemplate } from '../api/create-template.ts';
import { useUpdateTemplate } from '../api/update-template.ts';
import type { PoolOption } from './pool-option.ts';

const MANUAL = '';

/** Create or edit a listing: title, price in Stars, instructions, the bound pool, auto-pause. */
export function TemplateFormDialog({
  template,
  pools,
  onClose,
}: {
  template?: Template;
  pools: PoolOption[];
  onClose: () => void;
}) {
  const [title, setTitle] = useState(template?.title ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [price, setPrice] = useState(String(template?.price ?? 100));
  const [maxQuantity, setMaxQuantity] = useState(String(template?.maxQuantity ?? 1));
  const [instructions, setInstructions] = useState(template?.instructions ?? '');
  const [poolId, setPoolId] = useState(template?.defaultPoolId ?? MANUAL);
  const [active, setActive] = useState(template?.active ?? true);
  const [autoPause, setAutoPause] = useState(template?.autoPause ?? true);
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const mutation = template ? update : create;
  const errors = isApiError(mutation.error) ? fieldErrors(mutation.error.details) : {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const values = {
      title: title.trim(),
      description: description.trim(),
      price: Number.parseInt(price || '0', 10),
      maxQuantity: Number.parseInt(maxQuantity || '1', 10),
      instructions: instructions.trim(),
      defaultPoolId: poolId === MANUAL ? null : poolId,
      active,
      autoPause,
    };
    const done = (what: string) => () => {
      toast(what);
      onClose();
    };
    if (template) {
      const patch = Object.fromEntries(
        Object.entries(values).filter(([k, v]) => template[k as keyof typeof values] !== v),
      ) as Partial<typeof values>;
      if (Object.keys(patch).length === 0) return onClose();
      update.mutate({ templateId: template.id, patch }, { onSuccess: done(`Saved “${values.title}”`) });
    } else {
      create.mutate({ ...values, currency: 'XTR' }, { onSuccess: done(`Created listing “${values.title}”`) });
    }
  };

  return (
    <Dialog
      wide
      title={template ? `Edit ${template.title}` : 'New listing'}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="template-form" loading={mutation.isPending}>
            {template ? 'Save changes' : 'Create listing'}
          </Button>
        </>
      }
    >
      <form id="template-form" className="form" onSubmit={submit}>
        <TextField
          label="Title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={120}
          autoFocus
          error={errors.title}
        />
        <TextAreaField
          label="Description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          rows={2}
          maxLength={2000}
          hint="What buyers see before they pay."
        />
        <div className="form-row form-row-3">
          <TextField
            label="Price (Telegram Stars)"
            type="number"
            min={1}
            max={100_000}
            value={price}
            onChange={(e) => setPrice(e.target.value)}
            required
            error={errors.price}
            hint="Per item, in whole Stars."
          />
          <TextField
            label="Most per order"
            type="number"
            min={1}
            max={100}
            value={maxQuantity}
            onChange={(e) => setMaxQuantity(e.target.value)}
            error={errors.maxQuantity}
          />
          <SelectField
            label="Sells from pool"
            value={poolId}
            onChange={(e) => setPoolId(e.target.value)}
            hint={poolId === MANUAL ? 'You deliver each paid order by hand.' : 'Delivered the moment it is paid.'}
            error={errors.defaultPoolId}
          >
            <option value={MANUAL}>No pool: deliver by hand</option>
            {pools.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({formatCount(p.available)} available)
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField
          label="Instructions"
          value={instructions}
          onChange={(e) => setInstructions(e.target.value)}
          rows={3}
          maxLength={4000}
          hint="Shown to the buyer with the revealed item: how to redeem it."
        />
        <div className="form-row">
          <CheckboxField
            label="Active"
            hint="Buyers can open new orders."
            checked={active}
            onChange={(e) => setActive(e.target.checked)}
          />
          <CheckboxField
            label="Pause when the pool runs out"
            hint="Resumes by itself on restock."
            checked={autoPause}
            onChange={(e) => setAutoPause(e.target.checked)}
          />
        </div>
        <InlineError error={mutation.error} />
      </form>
    </Dialog>
  );
}
