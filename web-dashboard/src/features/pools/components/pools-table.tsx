import type { Pool, PoolSourceMode } from '@codepool/shared';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { formatCount } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { DELIVERY_TYPE_LABELS } from './delivery-type.ts';
import { PoolBadges } from './pool-badges.tsx';

export type BoundTemplate = { id: string; title: string };

/** The pool's source mode only: the supplier's kind is on the source, one call per pool away. */
const SOURCE_TAGS: Record<Exclude<PoolSourceMode, 'stock'>, { label: string; title: string }> = {
  on_demand: { label: 'Supplier · on demand', title: 'Sales the pool cannot fill are bought from its supplier' },
  backfill: { label: 'Supplier · backfill', title: 'Restocked from its supplier when stock runs low' },
};

const n = (value: number) => <span className="num">{formatCount(value)}</span>;

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
  return (
    <div className="table-wrap">
      <table className="table" data-testid="pools-table">
        <thead>
          <tr>
            <th className="col-name">Pool</th>
            <th className="num">Available</th>
            <th className="num">Reserved</th>
            <th className="num">Delivered</th>
            <th className="num">Expired</th>
            <th className="num">Invalid</th>
            <th className="num">Threshold</th>
            <th className="col-listings">Listings</th>
            <th>Status</th>
            <th aria-label="Actions" />
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
                    {DELIVERY_TYPE_LABELS[p.deliveryType]}
                    {p.source !== 'stock' && (
                      <>
                        {' '}
                        <Badge tone="blue" title={SOURCE_TAGS[p.source].title}>
                          {SOURCE_TAGS[p.source].label}
                        </Badge>
                      </>
                    )}
                  </div>
                </td>
                <td className="num strong" data-testid="available">
                  {formatCount(p.stock.available)}
                </td>
                <td className="num">{n(p.stock.reserved)}</td>
                <td className="num">{n(p.stock.delivered)}</td>
                <td className="num">{n(p.stock.expired)}</td>
                <td className="num">{n(p.stock.invalid)}</td>
                <td className="num">{p.lowStockThreshold > 0 ? formatCount(p.lowStockThreshold) : '—'}</td>
                <td>
                  {bound.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <span className="chips">
                      {bound.map((t) => (
                        <span key={t.id} className="chip">
                          {t.title}
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
                    Edit
                  </Button>
                  <Button size="sm" variant="plain" onClick={() => onArchive(p)}>
                    Archive
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
