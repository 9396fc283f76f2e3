import type { Item, ItemFile } from '@codepool/shared';
import { formatDate } from '@codepool/shared/client';
import { Badge } from '../../../components/badge.tsx';
import { fileTypeLabel } from '../../../lib/file-types.ts';
import { formatBytes, formatCount, shortId } from '../../../lib/format.ts';
import { ItemStatusBadge } from './item-status.tsx';

const WEEK_MS = 7 * 86_400_000;

function Expiry({ iso, now }: { iso: string | null; now: number }) {
  if (!iso) return <span className="muted">Never</span>;
  const t = new Date(iso).getTime();
  const cls = t <= now ? 'text-red' : t - now <= WEEK_MS ? 'text-amber' : '';
  return <span className={cls}>{formatDate(iso)}</span>;
}

/** A file item as its seller sees it: name, type and size, never the content (no thumbnail either). */
function FileCell({ file }: { file: ItemFile }) {
  return (
    <span className="file-cell" data-testid="item-file">
      <span className="mono truncate" title={file.name} data-testid="item-file-name">
        {file.name}
      </span>
      <Badge tone="neutral">{fileTypeLabel(file.contentType)}</Badge>
      <span className="muted small nowrap" data-testid="item-file-size">
        {formatBytes(file.size)}
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
  const now = Date.now();
  const selectable = items.filter((i) => i.status === 'available').map((i) => i.id);
  const allOn = selectable.length > 0 && selectable.every((id) => selected.has(id));
  return (
    <div className="table-wrap">
      <table className="table" data-testid="items-table">
        <thead>
          <tr>
            <th className="check">
              <input
                type="checkbox"
                aria-label="Select all available items on this page"
                checked={allOn}
                disabled={selectable.length === 0}
                onChange={(e) => onToggleAll(selectable, e.target.checked)}
              />
            </th>
            <th>Item</th>
            <th>Status</th>
            <th>Expires</th>
            <th>Supplier</th>
            <th className="num">Cost</th>
            <th>Batch</th>
            <th>Added</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={selected.has(item.id) ? 'row-selected' : undefined}>
              <td className="check">
                <input
                  type="checkbox"
                  aria-label={`Select ${item.file?.name ?? item.preview}`}
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
              <td className="num">{item.cost === null ? <span className="muted">—</span> : formatCount(item.cost)}</td>
              <td>
                {item.importBatchId ? (
                  <span className="mono small" title={item.importBatchId}>
                    {batchNames.get(item.importBatchId) ?? shortId(item.importBatchId)}
                  </span>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="muted small">{formatDate(item.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
