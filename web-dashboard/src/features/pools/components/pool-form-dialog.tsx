import {
  DELIVERY_TYPES,
  type DeliveryType,
  type FieldDef,
  isFileDeliveryType,
  NORMALISATION_RULES,
  type NormalisationRule,
  type Pool,
} from '@codepool/shared';
import { isApiError } from '@codepool/shared/client';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { CheckboxField, fieldErrors, SelectField, TextField } from '../../../components/field.tsx';
import { InlineError } from '../../../components/states.tsx';
import { toast } from '../../../components/toast.tsx';
import { useCreatePool } from '../api/create-pool.ts';
import { useUpdatePool } from '../api/update-pool.ts';
import { CustomFieldsEditor } from './custom-fields-editor.tsx';
import { DELIVERY_TYPE_LABELS, NORMALISATION_LABELS } from './delivery-type.ts';

const STARTER_FIELDS: FieldDef[] = [{ name: 'code', label: 'Code', required: true, sensitive: true }];

/** Create a pool, or edit one (name, threshold, normalisation; resume when paused). */
export function PoolFormDialog({
  pool,
  onClose,
  onCreated,
}: {
  pool?: Pool;
  onClose: () => void;
  onCreated?: (pool: Pool) => void;
}) {
  const [name, setName] = useState(pool?.name ?? '');
  const [deliveryType, setDeliveryType] = useState<DeliveryType>(pool?.deliveryType ?? 'code');
  const [threshold, setThreshold] = useState(String(pool?.lowStockThreshold ?? 10));
  const [normalisation, setNormalisation] = useState<NormalisationRule>(pool?.normalisation ?? 'trim');
  const [fields, setFields] = useState<FieldDef[]>(STARTER_FIELDS);
  const [resume, setResume] = useState(false);
  const create = useCreatePool();
  const update = useUpdatePool();
  const mutation = pool ? update : create;
  const errors = isApiError(mutation.error) ? fieldErrors(mutation.error.details) : {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const lowStockThreshold = Number.parseInt(threshold || '0', 10);
    if (pool) {
      const patch = {
        ...(name.trim() !== pool.name ? { name: name.trim() } : {}),
        ...(lowStockThreshold !== pool.lowStockThreshold ? { lowStockThreshold } : {}),
        ...(normalisation !== pool.normalisation ? { normalisation } : {}),
        ...(resume ? { paused: false as const } : {}),
      };
      if (Object.keys(patch).length === 0) return onClose();
      update.mutate(
        { poolId: pool.id, patch },
        {
          onSuccess: () => {
            toast(`Saved “${name.trim()}”`);
            onClose();
          },
        },
      );
      return;
    }
    create.mutate(
      {
        name: name.trim(),
        deliveryType,
        lowStockThreshold,
        normalisation,
        ...(deliveryType === 'custom' ? { fields } : {}),
      },
      {
        onSuccess: (created) => {
          toast(`Created pool “${created.name}”`);
          onCreated?.(created);
          onClose();
        },
      },
    );
  };

  return (
    <Dialog
      title={pool ? `Edit ${pool.name}` : 'New pool'}
      description={pool ? undefined : 'A pool holds one kind of item, encrypted. Bind it to a listing to sell from it.'}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="pool-form" loading={mutation.isPending}>
            {pool ? 'Save changes' : 'Create pool'}
          </Button>
        </>
      }
    >
      <form id="pool-form" className="form" onSubmit={submit}>
        <TextField
          label="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={100}
          autoFocus
          placeholder="Steam Gift Card 20 EUR"
          error={errors.name}
        />
        {!pool && (
          <SelectField
            label="Delivery type"
            value={deliveryType}
            onChange={(e) => setDeliveryType(e.target.value as DeliveryType)}
            hint={
              isFileDeliveryType(deliveryType)
                ? 'Fixed once the pool exists. Each item is an uploaded file, with an optional PIN and note beside it.'
                : 'Fixed once the pool exists: it decides the fields of every item.'
            }
          >
            {DELIVERY_TYPES.map((t) => (
              <option key={t} value={t}>
                {DELIVERY_TYPE_LABELS[t]}
              </option>
            ))}
          </SelectField>
        )}
        {!pool && deliveryType === 'custom' && <CustomFieldsEditor fields={fields} onChange={setFields} />}
        <div className="form-row">
          <TextField
            label="Low-stock alert at"
            type="number"
            min={0}
            max={1_000_000}
            value={threshold}
            onChange={(e) => setThreshold(e.target.value)}
            hint="You are told once when available stock falls to this. 0 turns it off."
            error={errors.lowStockThreshold}
          />
          {/* A file's duplicates are found by its bytes: there is no text to normalise. */}
          {!isFileDeliveryType(pool?.deliveryType ?? deliveryType) && (
            <SelectField
              label="Duplicate detection"
              value={normalisation}
              onChange={(e) => setNormalisation(e.target.value as NormalisationRule)}
              hint="How codes are compared before a duplicate is refused."
            >
              {NORMALISATION_RULES.map((r) => (
                <option key={r} value={r}>
                  {NORMALISATION_LABELS[r]}
                </option>
              ))}
            </SelectField>
          )}
        </div>
        {pool?.pausedAt && (
          <CheckboxField
            label="Resume selling"
            hint={pool.pausedReason ?? 'Paused after too many items were disputed as invalid.'}
            checked={resume}
            onChange={(e) => setResume(e.target.checked)}
          />
        )}
        <InlineError error={mutation.error} />
      </form>
    </Dialog>
  );
}
