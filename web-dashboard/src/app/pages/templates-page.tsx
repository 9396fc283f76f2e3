import { useT } from '@codepool/shared/i18n/react';
import { useMemo, useState } from 'react';
import { Button } from '../../components/button.tsx';
import { Card } from '../../components/card.tsx';
import { PlusIcon, TagIcon } from '../../components/icons.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { usePools } from '../../features/pools/api/list-pools.ts';
import { useTemplates } from '../../features/templates/api/list-templates.ts';
import type { PoolOption } from '../../features/templates/components/pool-option.ts';
import { TemplateFormDialog } from '../../features/templates/components/template-form-dialog.tsx';
import { TemplatesTable } from '../../features/templates/components/templates-table.tsx';

export function TemplatesPage() {
  const t = useT();
  const templates = useTemplates();
  const pools = usePools();
  const [creating, setCreating] = useState(false);
  // By id: the editor reads the listing from the list, which each saved variant refreshes.
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = templates.data?.find((listing) => listing.id === editingId);
  const options: PoolOption[] = useMemo(
    () => (pools.data ?? []).map((p) => ({ id: p.id, name: p.name, available: p.stock.available })),
    [pools.data],
  );
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const newButton = (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
      {t('dash-page-templates-new')}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('dash-nav-templates')}
        description={t('dash-page-templates-description')}
        actions={newButton}
      />
      <Card padded={false}>
        {templates.isPending ? (
          <div className="pad">
            <LoadingState />
          </div>
        ) : templates.isError ? (
          <div className="pad">
            <ErrorState error={templates.error} onRetry={() => templates.refetch()} />
          </div>
        ) : templates.data.length === 0 ? (
          <EmptyState icon={<TagIcon size={28} />} title={t('dash-page-templates-empty-title')} action={newButton}>
            {t('dash-page-templates-empty-text')}
          </EmptyState>
        ) : (
          <TemplatesTable templates={templates.data} pools={byId} onEdit={(listing) => setEditingId(listing.id)} />
        )}
      </Card>
      {creating && <TemplateFormDialog pools={options} onClose={() => setCreating(false)} />}
      {editing && <TemplateFormDialog template={editing} pools={options} onClose={() => setEditingId(null)} />}
    </>
  );
}
