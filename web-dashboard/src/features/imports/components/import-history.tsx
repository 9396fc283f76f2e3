import type { ImportBatch, ImportStatus } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import type { ReactNode } from 'react';
import { Badge, type Tone } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { Pager } from '../../../components/pager.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { TableWrap } from '../../../components/table-wrap.tsx';
import { useCursorPages } from '../../../lib/cursor-pages.ts';
import { useFormat } from '../../../lib/format.ts';
import { useImports } from '../api/list-imports.ts';
import { sentAs } from '../lib/batch-label.ts';

const STATUS_TONE: Record<ImportStatus, Tone> = {
  processing: 'blue',
  completed: 'green',
  failed: 'red',
  undone: 'gray',
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
  const t = useT();
  const f = useFormat();
  const pages = useCursorPages();
  const imports = useImports(poolId, pages.cursor);
  return (
    <Card title={t('dash-imports-title')} padded={false} actions={actions} testId="import-history">
      {imports.isPending ? (
        <div className="pad">
          <LoadingState rows={3} />
        </div>
      ) : imports.isError ? (
        <div className="pad">
          <ErrorState error={imports.error} onRetry={() => imports.refetch()} />
        </div>
      ) : imports.data.items.length === 0 ? (
        <EmptyState title={t('dash-imports-empty-title')}>{t('dash-imports-empty-text')}</EmptyState>
      ) : (
        <TableWrap>
          <table className="table">
            <thead>
              <tr>
                <th>{t('dash-imports-col-when')}</th>
                <th>{t('dash-imports-col-source')}</th>
                <th>{t('dash-imports-col-file')}</th>
                <th className="num">{t('dash-imports-col-rows')}</th>
                <th className="num">{t('dash-imports-col-accepted')}</th>
                <th className="num">{t('dash-imports-col-duplicates')}</th>
                <th className="num">{t('dash-imports-col-invalid')}</th>
                <th>{t('dash-imports-col-status')}</th>
                <th>
                  <span className="sr-only">{t('dash-table-actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {imports.data.items.map((b) => {
                const sent = sentAs(b, t);
                return (
                  <tr key={b.id} data-testid="import-row">
                    <td className="nowrap">{f.dateTime(b.createdAt)}</td>
                    <td>{t(`dash-imports-source-${b.source}`)}</td>
                    <td className="truncate" title={sent ?? undefined}>
                      {sent ?? <span className="muted">—</span>}
                    </td>
                    <td className="num">{f.count(b.rows)}</td>
                    <td className="num strong">{f.count(b.accepted)}</td>
                    <td className="num">{f.count(b.duplicates)}</td>
                    <td className="num">{f.count(b.invalid)}</td>
                    <td>
                      <Badge tone={STATUS_TONE[b.status]}>{t(`dash-imports-status-${b.status}`)}</Badge>
                    </td>
                    <td className="actions">
                      {b.status === 'completed' && b.accepted > 0 && (
                        <Button size="sm" variant="plain" onClick={() => onUndo(b)}>
                          {t('dash-imports-undo')}
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pager {...pages.pagerFor(imports)} />
    </Card>
  );
}
