import { useMemo } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { AuditView } from '../../features/audit/components/audit-view.tsx';
import { usePools } from '../../features/pools/api/list-pools.ts';
import { useTemplates } from '../../features/templates/api/list-templates.ts';

export function AuditPage() {
  const pools = usePools();
  const templates = useTemplates();
  // Rows name their subject by id; the names of live pools and listings read better.
  const names = useMemo(
    () =>
      new Map([
        ...(pools.data ?? []).map((p) => [p.id, p.name] as const),
        ...(templates.data ?? []).map((t) => [t.id, t.title] as const),
      ]),
    [pools.data, templates.data],
  );
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Everything you did, and everything that happened to your pools, listings, orders and tokens. Addresses are shown for your own actions only."
      />
      <AuditView subjectNames={names} />
    </>
  );
}
