import type { ImportBatch, ImportSource, ImportStatus } from '@codepool/shared';
import { formatDateTime } from '@codepool/shared/client';
import type { ReactNode } from 'react';
import { Badge, type Tone } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { Pager } from '../../../components/pager.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { useCursorPages } from '../../../lib/cursor-pages.ts';
import { formatCount } from '../../../lib/format.ts';
import { useImports } from '../api/list-imports.ts';
import { sentAs } from '../lib/batch-label.ts';

const SOURCE: Record<ImportSource, string> = {
  csv: 'CSV',
  bot: 'Bot',
  api: 'API',
  supplier: 'Supplier',
  files: 'Files',
};
const STATUS: Record<ImportStatus, { label: string; tone: Tone }> = {
  processing: { label: 'Processing', tone: 'blue' },
  completed: { label: 'Completed', tone: 'green' },
  failed: { label: 'Failed', tone: 'red' },
  undone: { label: 'Undone', tone: 'gray' },
};

/** A pool's imports, newest first, each undoable while completed. */
export function ImportHistory({
  poolId,
  onUndo,
  actions,
}: {
  poolId: string;
  onUndo: (batch: ImportBatch) => void;
  actions?: ReactNode;
}) {
  const pages = useCursorPages();
  const imports = useImports(poolId, pages.cursor);
  return (
    <Card title="Import history" padded={false} actions={actions} testId="import-history">
      {imports.isPending ? (
        <div className="pad">
          <LoadingState rows={3} />
        </div>
      ) : imports.isError ? (
        <div className="pad">
          <ErrorState error={imports.error} onRetry={() => imports.refetch()} />
        </div>
      ) : imports.data.items.length === 0 ? (
        <EmptyState title="No imports yet">Items you import by CSV, the bot or the API appear here.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>When</th>
                <th>Source</th>
                <th>File</th>
                <th className="num">Rows</th>
                <th className="num">Accepted</th>
                <th className="num">Duplicates</th>
                <th className="num">Invalid</th>
                <th>Status</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {imports.data.items.map((b) => (
                <tr key={b.id} data-testid="import-row">
                  <td className="nowrap">{formatDateTime(b.createdAt)}</td>
                  <td>{SOURCE[b.source]}</td>
                  <td className="truncate" title={sentAs(b) ?? undefined}>
                    {sentAs(b) ?? <span className="muted">—</span>}
                  </td>
                  <td className="num">{formatCount(b.rows)}</td>
                  <td className="num strong">{formatCount(b.accepted)}</td>
                  <td className="num">{formatCount(b.duplicates)}</td>
                  <td className="num">{formatCount(b.invalid)}</td>
                  <td>
                    <Badge tone={STATUS[b.status].tone}>{STATUS[b.status].label}</Badge>
                  </td>
                  <td className="actions">
                    {b.status === 'completed' && b.accepted > 0 && (
                      <Button size="sm" variant="plain" onClick={() => onUndo(b)}>
                        Undo
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager {...pages.pagerFor(imports)} />
    </Card>
  );
}
