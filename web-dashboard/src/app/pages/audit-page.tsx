import { useT } from '@codepool/shared/i18n/react';
import { useMemo } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { AuditView } from '../../features/audit/components/audit-view.tsx';
import { usePools } from '../../features/pools/api/list-pools.ts';
import { useTemplates } from '../../features/templates/api/list-templates.ts';

export function AuditPage() {
  const t = useT();
  const pools = usePools();
  const templates = useTemplates();
  // Rows name their subject by id; the names of live pools and listings read better.
  const names = useMemo(
    () =>
      new Map([
        ...(pools.data ?? []).map((p) => [p.id, p.name] as const),
        ...(templates.data ?? []).map((listing) => [listing.id, listing.title] as const),
      ]),
    [pools.data, templates.data],
  );
  return (
    <>
      <PageHeader title={t('dash-nav-audit')} description={t('dash-page-audit-description')} />
      <AuditView subjectNames={names} />
    </>
  );
}
