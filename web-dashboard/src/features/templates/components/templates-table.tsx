import type { Template } from '@codepool/shared';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { Stars } from '../../../components/stars.tsx';
import { formatCount } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import type { PoolOption } from './pool-option.ts';

function TemplateStatus({ t }: { t: Template }) {
  // Auto-pause also clears `active`; it lifts itself on restock, so it is told apart.
  if (t.autoPaused) return <Badge tone="amber">Paused: out of stock</Badge>;
  if (!t.active) return <Badge tone="gray">Inactive</Badge>;
  if (t.available === 0) return <Badge tone="red">Sold out</Badge>;
  return <Badge tone="green">Selling</Badge>;
}

export function TemplatesTable({
  templates,
  pools,
  onEdit,
}: {
  templates: Template[];
  pools: Map<string, PoolOption>;
  onEdit: (t: Template) => void;
}) {
  return (
    <div className="table-wrap">
      <table className="table" data-testid="templates-table">
        <thead>
          <tr>
            <th>Listing</th>
            <th className="num">Price</th>
            <th className="num">Per order</th>
            <th>Pool</th>
            <th className="num">In stock</th>
            <th>Auto-pause</th>
            <th>Status</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {templates.map((t) => {
            const pool = t.defaultPoolId ? pools.get(t.defaultPoolId) : undefined;
            return (
              <tr key={t.id}>
                <td>
                  <div className="row-title">{t.title}</div>
                  {t.description && <div className="row-sub truncate">{t.description}</div>}
                </td>
                <td className="num strong">
                  <Stars n={t.price} />
                </td>
                <td className="num">{t.maxQuantity}</td>
                <td>
                  {t.defaultPoolId ? (
                    <Link to={`/pools/${t.defaultPoolId}`}>{pool?.name ?? 'Pool'}</Link>
                  ) : (
                    <span className="muted">Manual delivery</span>
                  )}
                </td>
                <td className="num">{t.available === null ? '—' : formatCount(t.available)}</td>
                <td>{t.autoPause ? 'On' : <span className="muted">Off</span>}</td>
                <td>
                  <TemplateStatus t={t} />
                </td>
                <td className="actions">
                  <Button size="sm" variant="plain" onClick={() => onEdit(t)}>
                    Edit
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
