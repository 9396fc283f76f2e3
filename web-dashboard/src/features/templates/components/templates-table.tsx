import type { Template, Variant } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { Stars } from '../../../components/stars.tsx';
import { TableWrap } from '../../../components/table-wrap.tsx';
import { type Format, useFormat } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { capReached, soldLabel } from '../../../lib/sales-cap.ts';
import { buyerLimitLabel, listingPrice, perOrderLabel } from '../lib/listing-labels.ts';
import type { PoolOption } from './pool-option.ts';
import { VariantStatus } from './variants-section.tsx';

function TemplateStatus({ template }: { template: Template }) {
  const t = useT();
  // Auto-pause also clears `active`; it lifts itself on restock, so it is told apart.
  if (template.autoPaused) return <Badge tone="amber">{t('dash-listing-status-paused')}</Badge>;
  if (!template.active) return <Badge tone="gray">{t('dash-listing-status-inactive')}</Badge>;
  if (capReached(template)) return <Badge tone="violet">{t('dash-listing-status-cap-reached')}</Badge>;
  if (template.available === 0) return <Badge tone="red">{t('dash-listing-status-sold-out')}</Badge>;
  return <Badge tone="green">{t('dash-listing-status-selling')}</Badge>;
}

function PoolCell({ v, pools }: { v: Variant; pools: Map<string, PoolOption> }) {
  const t = useT();
  if (!v.poolId) return <span className="muted">{t('dash-listings-manual-delivery')}</span>;
  return <Link to={`/pools/${v.poolId}`}>{pools.get(v.poolId)?.name ?? t('dash-listings-pool')}</Link>;
}

const stock = (available: number | null, f: Format) => (available === null ? '—' : f.count(available));

/** The per-order and per-buyer rules of one variant, in one cell. */
function RulesCell({ v }: { v: Variant }) {
  const t = useT();
  const f = useFormat();
  const limit = buyerLimitLabel(v.buyerLimit, t);
  return (
    <>
      {perOrderLabel(v, f)}
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
  onEdit: (template: Template) => void;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <TableWrap>
      <table className="table" data-testid="templates-table">
        <thead>
          <tr>
            <th>{t('dash-listings-col-listing')}</th>
            <th className="num">{t('dash-listings-col-price')}</th>
            <th className="num">{t('dash-listings-col-per-order')}</th>
            <th>{t('dash-listings-col-pool')}</th>
            <th className="num">{t('dash-listings-col-stock')}</th>
            <th>{t('dash-listings-col-sold')}</th>
            <th>{t('dash-listings-col-auto-pause')}</th>
            <th>{t('dash-listings-col-status')}</th>
            <th>
              <span className="sr-only">{t('dash-table-actions')}</span>
            </th>
          </tr>
        </thead>
        {templates.map((template) => {
          const price = listingPrice(template);
          const only = template.variants.length === 1 ? template.variants[0] : undefined;
          return (
            <tbody key={template.id} data-testid={`template-${template.title}`}>
              <tr>
                <td>
                  <div className="row-title">{template.title}</div>
                  {template.description && <div className="row-sub truncate">{template.description}</div>}
                </td>
                <td className="num strong" data-testid="template-price">
                  {price.from && <span className="muted small">{t('dash-listings-price-from')} </span>}
                  <Stars n={price.price} />
                </td>
                <td className="num">{only ? <RulesCell v={only} /> : <span className="muted">—</span>}</td>
                <td>
                  {only ? (
                    <PoolCell v={only} pools={pools} />
                  ) : (
                    <span className="muted">{t('dash-variants-count', { count: template.variants.length })}</span>
                  )}
                </td>
                <td className="num">{stock(template.available, f)}</td>
                <td data-testid="template-sold">
                  {soldLabel(template, t)}
                  {/* A lone variant's own cap is worth seeing beside the listing's. */}
                  {only && only.maxQuantity !== null && (
                    <div className="row-sub">{t('dash-listings-variant-sold', { sold: soldLabel(only, t) })}</div>
                  )}
                </td>
                <td>
                  {template.autoPause ? (
                    t('dash-listings-auto-pause-on')
                  ) : (
                    <span className="muted">{t('dash-listings-auto-pause-off')}</span>
                  )}
                </td>
                <td>
                  <TemplateStatus template={template} />
                </td>
                <td className="actions">
                  <Button size="sm" variant="plain" onClick={() => onEdit(template)}>
                    {t('dash-listings-edit')}
                  </Button>
                </td>
              </tr>
              {!only &&
                template.variants.map((v) => (
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
                    <td className="num">{stock(v.available, f)}</td>
                    <td data-testid="variant-sold">{soldLabel(v, t)}</td>
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
    </TableWrap>
  );
}
