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
import { useI18n } from '@codepool/shared/i18n/react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { CheckboxField, fieldErrors, SelectField, TextField } from '../../../components/field.tsx';
import { InlineError } from '../../../components/states.tsx';
import { toast } from '../../../components/toast.tsx';
import { useCreatePool } from '../api/create-pool.ts';
import { useUpdatePool } from '../api/update-pool.ts';
import { CustomFieldsEditor } from './custom-fields-editor.tsx';
import { deliveryTypeLabel, normalisationLabel } from './delivery-type.ts';

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
  const i18n = useI18n();
  const { t } = i18n;
  const [name, setName] = useState(pool?.name ?? '');
  const [deliveryType, setDeliveryType] = useState<DeliveryType>(pool?.deliveryType ?? 'code');
  const [threshold, setThreshold] = useState(String(pool?.lowStockThreshold ?? 10));
  const [normalisation, setNormalisation] = useState<NormalisationRule>(pool?.normalisation ?? 'trim');
  const [fields, setFields] = useState<FieldDef[]>(() => [
    { name: 'code', label: t('dash-pool-fields-starter'), required: true, sensitive: true },
  ]);
  const [resume, setResume] = useState(false);
  const create = useCreatePool();
  const update = useUpdatePool();
  const mutation = pool ? update : create;
  const errors = isApiError(mutation.error) ? fieldErrors(mutation.error.details, i18n) : {};

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
            toast(t('dash-pool-saved', { pool: name.trim() }));
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
          toast(t('dash-pool-created', { pool: created.name }));
          onCreated?.(created);
          onClose();
        },
      },
    );
  };

  return (
    <Dialog
      title={pool ? t('dash-pool-form-edit-title', { pool: pool.name }) : t('dash-pools-new')}
      description={pool ? undefined : t('dash-pool-form-description')}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('dash-ui-cancel')}
          </Button>
          <Button variant="primary" type="submit" form="pool-form" loading={mutation.isPending}>
            {pool ? t('dash-pool-form-save') : t('dash-pool-form-create')}
          </Button>
        </>
      }
    >
      <form id="pool-form" className="form" onSubmit={submit}>
        <TextField
          label={t('dash-pool-form-name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={100}
          autoFocus
          placeholder={t('dash-pool-form-name-placeholder')}
          error={errors.name}
        />
        {!pool && (
          <SelectField
            label={t('dash-pool-form-type')}
            value={deliveryType}
            onChange={(e) => setDeliveryType(e.target.value as DeliveryType)}
            hint={
              isFileDeliveryType(deliveryType) ? t('dash-pool-form-type-hint-files') : t('dash-pool-form-type-hint')
            }
          >
            {DELIVERY_TYPES.map((type) => (
              <option key={type} value={type}>
                {deliveryTypeLabel(t, type)}
              </option>
            ))}
          </SelectField>
        )}
        {!pool && deliveryType === 'custom' && <CustomFieldsEditor fields={fields} onChange={setFields} />}
        <div className="form-row">
          <TextField
            label={t('dash-pool-form-threshold')}
            type="number"
            min={0}
            max={1_000_000}
            value={threshold}
            onChange={(e) => setThreshold(e.target.value)}
            hint={t('dash-pool-form-threshold-hint')}
            error={errors.lowStockThreshold}
          />
          {/* A file's duplicates are found by its bytes: there is no text to normalise. */}
          {!isFileDeliveryType(pool?.deliveryType ?? deliveryType) && (
            <SelectField
              label={t('dash-pool-form-normalisation')}
              value={normalisation}
              onChange={(e) => setNormalisation(e.target.value as NormalisationRule)}
              hint={t('dash-pool-form-normalisation-hint')}
            >
              {NORMALISATION_RULES.map((r) => (
                <option key={r} value={r}>
                  {normalisationLabel(t, r)}
                </option>
              ))}
            </SelectField>
          )}
        </div>
        {pool?.pausedAt && (
          <CheckboxField
            label={t('dash-pool-form-resume')}
            hint={pool.pausedReason ?? t('dash-pool-form-resume-hint')}
            checked={resume}
            onChange={(e) => setResume(e.target.checked)}
          />
        )}
        <InlineError error={mutation.error} />
      </form>
    </Dialog>
  );
}
