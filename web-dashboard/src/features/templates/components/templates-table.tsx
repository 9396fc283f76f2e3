import type { Template, Variant } from '@codepool/shared';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { Stars } from '../../../components/stars.tsx';
import { formatCount } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { capReached, soldLabel } from '../../../lib/sales-cap.ts';
import { buyerLimitLabel, listingPrice, perOrderLabel } from '../lib/listing-labels.ts';
import type { PoolOption } from './pool-option.ts';
import { VariantStatus } from './variants-section.tsx';

function TemplateStatus({ t }: { t: Template }) {
  // Auto-pause also clears `active`; it lifts itself on restock, so it is told apart.
  if (t.autoPaused) return <Badge tone="amber">Paused: out of stock</Badge>;
  if (!t.active) return <Badge tone="gray">Inactive</Badge>;
  if (capReached(t)) return <Badge tone="violet">Cap reached</Badge>;
  if (t.available === 0) return <Badge tone="red">Sold out</Badge>;
  return <Badge tone="green">Selling</Badge>;
}

function PoolCell({ v, pools }: { v: Variant; pools: Map<string, PoolOption> }) {
  if (!v.poolId) return <span className="muted">Manual delivery</span>;
  return <Link to={`/pools/${v.poolId}`}>{pools.get(v.poolId)?.name ?? 'Pool'}</Link>;
}

const stock = (available: number | null) => (available === null ? '—' : formatCount(available));

/** The per-order and per-buyer rules of one variant, in one cell. */
function RulesCell({ v }: { v: Variant }) {
  const limit = buyerLimitLabel(v.buyerLimit);
  return (
    <>
      {perOrderLabel(v)}
      {limit && <div className="row-sub">{limit}</div>}
    </>
  );
}

/** One row per listing, and under a listing of several variants one row per variant. */
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
            <th>Sold</th>
            <th>Auto-pause</th>
            <th>Status</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        {templates.map((t) => {
          const price = listingPrice(t);
          const only = t.variants.length === 1 ? t.variants[0] : undefined;
          return (
            <tbody key={t.id} data-testid={`template-${t.title}`}>
              <tr>
                <td>
                  <div className="row-title">{t.title}</div>
                  {t.description && <div className="row-sub truncate">{t.description}</div>}
                </td>
                <td className="num strong" data-testid="template-price">
                  {price.from && <span className="muted small">from </span>}
                  <Stars n={price.price} />
                </td>
                <td className="num">{only ? <RulesCell v={only} /> : <span className="muted">—</span>}</td>
                <td>
                  {only ? (
                    <PoolCell v={only} pools={pools} />
                  ) : (
                    <span className="muted">{formatCount(t.variants.length)} variants</span>
                  )}
                </td>
                <td className="num">{stock(t.available)}</td>
                <td data-testid="template-sold">
                  {soldLabel(t)}
                  {/* A lone variant's own cap is worth seeing beside the listing's. */}
                  {only && only.maxQuantity !== null && <div className="row-sub">Variant: {soldLabel(only)}</div>}
                </td>
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
              {!only &&
                t.variants.map((v) => (
                  <tr key={v.id} className="variant-subrow" data-testid={`variant-${v.title}`}>
                    <td>
                      <div className="variant-title">{v.title}</div>
                    </td>
                    <td className="num">
                      <Stars n={v.price} />
                    </td>
                    <td className="num">
                      <RulesCell v={v} />
                    </td>
                    <td>
                      <PoolCell v={v} pools={pools} />
                    </td>
                    <td className="num">{stock(v.available)}</td>
                    <td data-testid="variant-sold">{soldLabel(v)}</td>
                    <td />
                    <td>
                      <VariantStatus v={v} />
                    </td>
                    <td />
                  </tr>
                ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
