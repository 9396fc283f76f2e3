import type { FieldDef } from '@codepool/shared';
import { Button } from '../../../components/button.tsx';
import { PlusIcon } from '../../../components/icons.tsx';

const toName = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'f_$1')
    .slice(0, 32) || 'field';

/** The fields of a custom pool; the first is the primary one, used to find duplicates. */
export function CustomFieldsEditor({ fields, onChange }: { fields: FieldDef[]; onChange: (f: FieldDef[]) => void }) {
  const set = (i: number, patch: Partial<FieldDef>) =>
    onChange(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset className="fieldset">
      <legend>Fields</legend>
      <p className="field-hint">
        The first field is the primary one: it must be filled, and duplicates are found by it.
      </p>
      <table className="table table-compact">
        <thead>
          <tr>
            <th>Label</th>
            <th>Column name</th>
            <th>Required</th>
            <th>Secret</th>
            <th aria-label="Remove" />
          </tr>
        </thead>
        <tbody>
          {fields.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by position
            <tr key={i}>
              <td>
                <input
                  className="input input-sm"
                  aria-label={`Field ${i + 1} label`}
                  value={f.label}
                  onChange={(e) => set(i, { label: e.target.value, name: toName(e.target.value) })}
                />
              </td>
              <td>
                <code>{f.name}</code>
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Field ${i + 1} required`}
                  checked={f.required}
                  disabled={i === 0}
                  onChange={(e) => set(i, { required: e.target.checked })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Field ${i + 1} secret`}
                  checked={f.sensitive}
                  onChange={(e) => set(i, { sensitive: e.target.checked })}
                />
              </td>
              <td>
                {i > 0 && (
                  <Button size="sm" variant="plain" onClick={() => onChange(fields.filter((_, j) => j !== i))}>
                    Remove
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
                label: `Field ${fields.length + 1}`,
                required: false,
                sensitive: false,
              },
            ])
          }
        >
          Add field
        </Button>
      )}
    </fieldset>
  );
}
