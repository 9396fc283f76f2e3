import type { Item, ItemFile } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { Badge } from '../../../components/badge.tsx';
import { TableWrap } from '../../../components/table-wrap.tsx';
import { fileTypeLabel } from '../../../lib/file-types.ts';
import { shortId, useFormat } from '../../../lib/format.ts';
import { ItemStatusBadge } from './item-status.tsx';

const WEEK_MS = 7 * 86_400_000;

function Expiry({ iso, now }: { iso: string | null; now: number }) {
  const t = useT();
  const f = useFormat();
  if (!iso) return <span className="muted">{t('dash-items-never')}</span>;
  const at = new Date(iso).getTime();
  const cls = at <= now ? 'text-red' : at - now <= WEEK_MS ? 'text-amber' : '';
  return <span className={cls}>{f.date(iso)}</span>;
}

/** A file item as its seller sees it: name, type and size, never the content (no thumbnail either). */
function FileCell({ file }: { file: ItemFile }) {
  const f = useFormat();
  return (
    <span className="file-cell" data-testid="item-file">
      <span className="mono truncate" title={file.name} data-testid="item-file-name">
        {file.name}
      </span>
      <Badge tone="neutral">{fileTypeLabel(file.contentType)}</Badge>
      <span className="muted small nowrap" data-testid="item-file-size">
        {f.bytes(file.size)}
      </span>
    </span>
  );
}

export function ItemsTable({
  items,
  selected,
  onToggle,
  onToggleAll,
  batchNames,
}: {
  items: Item[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: (ids: string[], on: boolean) => void;
  batchNames: Map<string, string>;
}) {
  const t = useT();
  const f = useFormat();
  const now = Date.now();
  const selectable = items.filter((i) => i.status === 'available').map((i) => i.id);
  const allOn = selectable.length > 0 && selectable.every((id) => selected.has(id));
  return (
    <TableWrap>
      <table className="table" data-testid="items-table">
        <thead>
          <tr>
            <th className="check">
              <input
                type="checkbox"
                aria-label={t('dash-items-select-all')}
                checked={allOn}
                disabled={selectable.length === 0}
                onChange={(e) => onToggleAll(selectable, e.target.checked)}
              />
            </th>
            <th>{t('dash-items-col-item')}</th>
            <th>{t('dash-items-col-status')}</th>
            <th>{t('dash-items-col-expires')}</th>
            <th>{t('dash-items-col-supplier')}</th>
            <th className="num">{t('dash-items-col-cost')}</th>
            <th>{t('dash-items-col-batch')}</th>
            <th>{t('dash-items-col-added')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={selected.has(item.id) ? 'row-selected' : undefined}>
              <td className="check">
                <input
                  type="checkbox"
                  aria-label={t('dash-items-select', { item: item.file?.name ?? item.preview })}
                  checked={selected.has(item.id)}
                  disabled={item.status !== 'available'}
                  onChange={() => onToggle(item.id)}
                />
              </td>
              <td>{item.file ? <FileCell file={item.file} /> : <span className="mono">{item.preview}</span>}</td>
              <td>
                <ItemStatusBadge status={item.status} />
              </td>
              <td>
                <Expiry iso={item.expiresAt} now={now} />
              </td>
              <td>{item.supplier ?? <span className="muted">—</span>}</td>
              <td className="num">{item.cost === null ? <span className="muted">—</span> : f.count(item.cost)}</td>
              <td>
                {item.importBatchId ? (
                  <span className="mono small" title={item.importBatchId}>
                    {batchNames.get(item.importBatchId) ?? shortId(item.importBatchId)}
                  </span>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="muted small">{f.date(item.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
