import type { AuditEntry } from '@codepool/shared';
import { formatDateTime } from '@codepool/shared/client';
import { Badge } from '../../../components/badge.tsx';
import { Card } from '../../../components/card.tsx';
import { AuditIcon } from '../../../components/icons.tsx';
import { Pager } from '../../../components/pager.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { useCursorPages } from '../../../lib/cursor-pages.ts';
import { shortId } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { useAudit } from '../api/list-audit.ts';

const ACTIONS: Record<string, string> = {
  'pool.created': 'Created a pool',
  'pool.updated': 'Changed a pool',
  'pool.archived': 'Archived a pool',
  'pool.paused': 'Pool paused (too many invalid disputes)',
  'pool.low_stock': 'Low-stock alert',
  'items.added': 'Added items',
  'items.imported': 'Imported items',
  'items.import_undone': 'Undid an import',
  'items.marked_invalid': 'Marked items invalid',
  'items.marked_withdrawn': 'Withdrew items',
  'items.expired': 'Items expired',
  'template.created': 'Created a listing',
  'template.updated': 'Changed a listing',
  'templates.auto_paused': 'Listings paused: pool empty',
  'templates.auto_resumed': 'Listings resumed: pool restocked',
  'request.created': 'Order opened',
  'request.funded': 'Order paid',
  'request.delivered': 'Order delivered',
  'request.awaiting_stock': 'Order waiting for stock',
  'request.manual_delivery_needed': 'Order waiting for manual delivery',
  'request.completed': 'Order completed',
  'request.cancelled': 'Order cancelled',
  'request.expired': 'Order expired unpaid',
  'request.refund_started': 'Refund started',
  'request.refunded': 'Order refunded',
  'delivery.revealed': 'Buyer revealed an order',
  'delivery.downloaded': 'Buyer downloaded a file',
  'dispute.opened': 'Dispute opened',
  'dispute.replaced': 'Dispute answered: replaced',
  'payment.late_refunding': 'Late payment given back',
  'api_token.created': 'Created an API token',
  'api_token.revoked': 'Revoked an API token',
  'login_link.created': 'Sign-in link sent',
  'dashboard.signed_in': 'Signed in to the dashboard',
  'user.became_seller': 'Opened a shop',
};

const SUBJECTS: Record<string, string> = {
  pool: 'Pool',
  purchase_request: 'Order',
  template: 'Listing',
  api_token: 'Token',
  user: 'Account',
};

/** A few of the row's ids and counts, in words; never content (the server stores none). */
function details(e: AuditEntry): string {
  const m = e.metadata;
  const parts: string[] = [];
  for (const key of [
    'accepted',
    'duplicates',
    'invalid',
    'withdrawn',
    'count',
    'quantity',
    'total',
    'reason',
    'name',
    'available',
  ]) {
    const v = m[key];
    if (typeof v === 'number' || typeof v === 'string') parts.push(`${key} ${v}`);
  }
  if (Array.isArray(m.itemIds)) parts.push(`${m.itemIds.length} item(s)`);
  if (m.changes && typeof m.changes === 'object')
    parts.push(`changed ${Object.keys(m.changes).join(', ') || 'nothing'}`);
  return parts.join(' · ');
}

function Actor({ e }: { e: AuditEntry }) {
  if (e.byYou) return <Badge tone="blue">You</Badge>;
  if (e.actorType === 'buyer') return <Badge tone="neutral">Buyer</Badge>;
  return <Badge tone="gray">System</Badge>;
}

/** The seller's audit trail, newest first, a page at a time. */
export function AuditView({ subjectNames }: { subjectNames: Map<string, string> }) {
  const pages = useCursorPages();
  const audit = useAudit(pages.cursor);
  return (
    <Card padded={false}>
      {audit.isPending ? (
        <div className="pad">
          <LoadingState rows={8} />
        </div>
      ) : audit.isError ? (
        <div className="pad">
          <ErrorState error={audit.error} onRetry={() => audit.refetch()} />
        </div>
      ) : audit.data.items.length === 0 ? (
        <EmptyState icon={<AuditIcon size={28} />} title="Nothing recorded yet" />
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="audit-table">
            <thead>
              <tr>
                <th>When</th>
                <th>Event</th>
                <th>By</th>
                <th>Subject</th>
                <th>Details</th>
                <th>From</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.items.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatDateTime(e.createdAt)}</td>
                  <td>
                    <div className="row-title">{ACTIONS[e.action] ?? e.action}</div>
                    <div className="row-sub mono">{e.action}</div>
                  </td>
                  <td>
                    <Actor e={e} />
                  </td>
                  <td>
                    <span className="muted small">{SUBJECTS[e.subjectType] ?? e.subjectType}</span>{' '}
                    {e.subjectType === 'pool' ? (
                      <Link to={`/pools/${e.subjectId}`}>{subjectNames.get(e.subjectId) ?? shortId(e.subjectId)}</Link>
                    ) : subjectNames.has(e.subjectId) ? (
                      <span>{subjectNames.get(e.subjectId)}</span>
                    ) : (
                      <span className="mono">{shortId(e.subjectId)}</span>
                    )}
                  </td>
                  <td className="small">{details(e) || <span className="muted">—</span>}</td>
                  <td className="small muted truncate" title={e.userAgent ?? undefined}>
                    {e.ip ?? (e.byYou ? '—' : 'hidden')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager {...pages.pagerFor(audit)} />
    </Card>
  );
}
