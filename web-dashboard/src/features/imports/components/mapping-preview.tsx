import type { FieldDef } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { TableWrap } from '../../../components/table-wrap.tsx';
import { IGNORE, META_TARGETS, maskValue, type Target } from '../lib/csv-preview.ts';

/** The preview table: one select per column to say what it fills; secret columns masked unless shown. */
export function MappingPreview({
  fields,
  headerRow,
  rows,
  width,
  mapping,
  onChange,
}: {
  fields: FieldDef[];
  headerRow: string[] | null;
  rows: string[][];
  width: number;
  mapping: Target[];
  onChange: (column: number, target: Target) => void;
}) {
  const t = useT();
  const [reveal, setReveal] = useState(false);
  const secret = new Set(fields.filter((f) => f.sensitive).map((f) => f.name));
  const columns = Array.from({ length: width }, (_, i) => i);
  return (
    <div className="stack-sm">
      <TableWrap className="table-scroll">
        <table className="table table-compact mapping" data-testid="mapping-preview">
          <thead>
            <tr>
              <th className="muted">{t('dash-import-column-line')}</th>
              {columns.map((i) => (
                <th key={i}>
                  <div className="mapping-head">
                    <span className="mapping-col">
                      {headerRow?.[i] || t('dash-import-column-number', { number: i + 1 })}
                    </span>
                    <select
                      className={`input input-sm ${mapping[i] === IGNORE ? 'select-ignored' : ''}`}
                      aria-label={t('dash-import-column-fills', { number: i + 1 })}
                      value={mapping[i] ?? IGNORE}
                      onChange={(e) => onChange(i, e.target.value)}
                    >
                      <optgroup label={t('dash-import-column-fields')}>
                        {fields.map((f) => (
                          <option key={f.name} value={f.name}>
                            {f.label}
                            {f.required ? ' *' : ''}
                          </option>
                        ))}
                      </optgroup>
                      <optgroup label={t('dash-import-column-about')}>
                        {META_TARGETS.map((m) => (
                          <option key={m} value={m}>
                            {t(`dash-import-target-${m}`)}
                          </option>
                        ))}
                      </optgroup>
                      <option value={IGNORE}>{t('dash-import-column-ignore')}</option>
                    </select>
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: preview rows are positional
              <tr key={r}>
                <td className="muted small">{r + (headerRow ? 2 : 1)}</td>
                {columns.map((i) => {
                  const value = row[i] ?? '';
                  const target = mapping[i] ?? IGNORE;
                  const masked = !reveal && secret.has(target);
                  return (
                    <td key={i} className={`mono small ${target === IGNORE ? 'cell-ignored' : ''}`}>
                      {masked ? maskValue(value) : value}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <label className="inline-check small">
        <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} />{' '}
        {t('dash-import-reveal')}
      </label>
    </div>
  );
}
