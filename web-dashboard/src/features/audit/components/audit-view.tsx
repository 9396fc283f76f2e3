import type { AuditEntry } from '@codepool/shared';
import { useI18n, useT } from '@codepool/shared/i18n/react';
import { Badge } from '../../../components/badge.tsx';
import { Card } from '../../../components/card.tsx';
import { AuditIcon } from '../../../components/icons.tsx';
import { Pager } from '../../../components/pager.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { TableWrap } from '../../../components/table-wrap.tsx';
import { useCursorPages } from '../../../lib/cursor-pages.ts';
import { shortId, useFormat } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { useAudit } from '../api/list-audit.ts';
import { actionLabel, auditDetails, subjectLabel } from '../lib/audit-text.ts';

function Actor({ e }: { e: AuditEntry }) {
  const t = useT();
  if (e.byYou) return <Badge tone="blue">{t('dash-audit-by-you')}</Badge>;
  if (e.actorType === 'buyer') return <Badge tone="neutral">{t('dash-audit-by-buyer')}</Badge>;
  return <Badge tone="gray">{t('dash-audit-by-system')}</Badge>;
}

/** The seller's audit trail, newest first, a page at a time. */
export function AuditView({ subjectNames }: { subjectNames: Map<string, string> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormat();
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
        <EmptyState icon={<AuditIcon size={28} />} title={t('dash-audit-empty')} />
      ) : (
        <TableWrap>
          <table className="table" data-testid="audit-table">
            <thead>
              <tr>
                <th>{t('dash-audit-col-when')}</th>
                <th>{t('dash-audit-col-event')}</th>
                <th>{t('dash-audit-col-by')}</th>
                <th>{t('dash-audit-col-subject')}</th>
                <th>{t('dash-audit-col-details')}</th>
                <th>{t('dash-audit-col-from')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.items.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{f.dateTime(e.createdAt)}</td>
                  <td>
                    <div className="row-title">{actionLabel(i18n, e.action)}</div>
                    <div className="row-sub mono">{e.action}</div>
                  </td>
                  <td>
                    <Actor e={e} />
                  </td>
                  <td>
                    <span className="muted small">{subjectLabel(i18n, e.subjectType)}</span>{' '}
                    {e.subjectType === 'pool' ? (
                      <Link to={`/pools/${e.subjectId}`}>{subjectNames.get(e.subjectId) ?? shortId(e.subjectId)}</Link>
                    ) : subjectNames.has(e.subjectId) ? (
                      <span>{subjectNames.get(e.subjectId)}</span>
                    ) : (
                      <span className="mono">{shortId(e.subjectId)}</span>
                    )}
                  </td>
                  <td className="small">{auditDetails(i18n, e) || <span className="muted">—</span>}</td>
                  <td className="small muted truncate" title={e.userAgent ?? undefined}>
                    {e.ip ?? (e.byYou ? '—' : t('dash-audit-ip-hidden'))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pager {...pages.pagerFor(audit)} />
    </Card>
  );
}
