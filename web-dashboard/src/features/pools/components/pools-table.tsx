import type { Pool } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { TableWrap } from '../../../components/table-wrap.tsx';
import { useFormat } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { deliveryTypeLabel } from './delivery-type.ts';
import { PoolBadges } from './pool-badges.tsx';

export type BoundTemplate = { id: string; title: string };

export function PoolsTable({
  pools,
  boundTemplates,
  onEdit,
  onArchive,
}: {
  pools: Pool[];
  boundTemplates: Map<string, BoundTemplate[]>;
  onEdit: (pool: Pool) => void;
  onArchive: (pool: Pool) => void;
}) {
  const t = useT();
  const f = useFormat();
  const n = (value: number) => <span className="num">{f.count(value)}</span>;
  return (
    <TableWrap>
      <table className="table" data-testid="pools-table">
        <thead>
          <tr>
            <th className="col-name">{t('dash-pools-col-pool')}</th>
            <th className="num">{t('dash-pools-col-available')}</th>
            <th className="num">{t('dash-pools-col-reserved')}</th>
            <th className="num">{t('dash-pools-col-delivered')}</th>
            <th className="num">{t('dash-pools-col-expired')}</th>
            <th className="num">{t('dash-pools-col-invalid')}</th>
            <th className="num">{t('dash-pools-col-threshold')}</th>
            <th className="col-listings">{t('dash-pools-col-listings')}</th>
            <th>{t('dash-pools-col-status')}</th>
            <th>
              <span className="sr-only">{t('dash-table-actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {pools.map((p) => {
            const bound = boundTemplates.get(p.id) ?? [];
            return (
              <tr key={p.id} data-testid={`pool-row-${p.name}`}>
                <td>
                  <Link to={`/pools/${p.id}`} className="row-title">
                    {p.name}
                  </Link>
                  <div className="row-sub">
                    {deliveryTypeLabel(t, p.deliveryType)}
                    {/* The pool's source mode only: the supplier's kind is on the source, one call per pool away. */}
                    {p.source !== 'stock' && (
                      <>
                        {' '}
                        <Badge tone="blue" title={t(`dash-pools-source-hint-${p.source}`)}>
                          {t(`dash-pools-source-${p.source}`)}
                        </Badge>
                      </>
                    )}
                  </div>
                </td>
                <td className="num strong" data-testid="available">
                  {f.count(p.stock.available)}
                </td>
                <td className="num">{n(p.stock.reserved)}</td>
                <td className="num">{n(p.stock.delivered)}</td>
                <td className="num">{n(p.stock.expired)}</td>
                <td className="num">{n(p.stock.invalid)}</td>
                <td className="num">{p.lowStockThreshold > 0 ? f.count(p.lowStockThreshold) : '—'}</td>
                <td>
                  {bound.length === 0 ? (
                    <span className="muted">{t('dash-pools-no-listings')}</span>
                  ) : (
                    <span className="chips">
                      {bound.map((b) => (
                        <span key={b.id} className="chip">
                          {b.title}
                        </span>
                      ))}
                    </span>
                  )}
                </td>
                <td>
                  <PoolBadges pool={p} />
                </td>
                <td className="actions">
                  <Button size="sm" variant="plain" onClick={() => onEdit(p)}>
                    {t('dash-pool-edit')}
                  </Button>
                  <Button size="sm" variant="plain" onClick={() => onArchive(p)}>
                    {t('dash-pool-archive')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
