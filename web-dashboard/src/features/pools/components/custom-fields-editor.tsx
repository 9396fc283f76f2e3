import type { FieldDef } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { Button } from '../../../components/button.tsx';
import { PlusIcon } from '../../../components/icons.tsx';

// A label in another script (Cyrillic…) leaves no Latin letters: the column is then named by its place.
const toName = (label: string, i: number) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'f_$1')
    .slice(0, 32) || `field_${i + 1}`;

/** The fields of a custom pool; the first is the primary one, used to find duplicates. */
export function CustomFieldsEditor({ fields, onChange }: { fields: FieldDef[]; onChange: (f: FieldDef[]) => void }) {
  const t = useT();
  const set = (i: number, patch: Partial<FieldDef>) =>
    onChange(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset className="fieldset">
      <legend>{t('dash-pool-fields')}</legend>
      <p className="field-hint">{t('dash-pool-fields-hint')}</p>
      <table className="table table-compact">
        <thead>
          <tr>
            <th>{t('dash-pool-fields-label')}</th>
            <th>{t('dash-pool-fields-name')}</th>
            <th>{t('dash-pool-fields-required')}</th>
            <th>{t('dash-pool-fields-secret')}</th>
            <th>
              <span className="sr-only">{t('dash-pool-fields-remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by position
            <tr key={i}>
              <td>
                <input
                  className="input input-sm"
                  aria-label={t('dash-pool-fields-label-of', { n: i + 1 })}
                  value={f.label}
                  onChange={(e) => set(i, { label: e.target.value, name: toName(e.target.value, i) })}
                />
              </td>
              <td>
                <code>{f.name}</code>
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('dash-pool-fields-required-of', { n: i + 1 })}
                  checked={f.required}
                  disabled={i === 0}
                  onChange={(e) => set(i, { required: e.target.checked })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('dash-pool-fields-secret-of', { n: i + 1 })}
                  checked={f.sensitive}
                  onChange={(e) => set(i, { sensitive: e.target.checked })}
                />
              </td>
              <td>
                {i > 0 && (
                  <Button size="sm" variant="plain" onClick={() => onChange(fields.filter((_, j) => j !== i))}>
                    {t('dash-pool-fields-remove')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {fields.length < 12 && (
        <Button
          variant="secondary"
          size="sm"
          icon={<PlusIcon />}
          onClick={() =>
            onChange([
              ...fields,
              {
                name: `field_${fields.length + 1}`,
                label: t('dash-pool-fields-new', { n: fields.length + 1 }),
                required: false,
                sensitive: false,
              },
            ])
          }
        >
          {t('dash-pool-fields-add')}
        </Button>
      )}
    </fieldset>
  );
}
