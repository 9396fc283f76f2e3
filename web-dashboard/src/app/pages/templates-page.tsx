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
  const templates = useTemplates();
  const pools = usePools();
  const [creating, setCreating] = useState(false);
  // By id: the editor reads the listing from the list, which each saved variant refreshes.
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = templates.data?.find((t) => t.id === editingId);
  const options: PoolOption[] = useMemo(
    () => (pools.data ?? []).map((p) => ({ id: p.id, name: p.name, available: p.stock.available })),
    [pools.data],
  );
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const newButton = (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
      New listing
    </Button>
  );
  return (
    <>
      <PageHeader
        title="Listings"
        description="What buyers see and pay for in Telegram Stars. Each variant has its own price, pool, caps and limits; one bound to a pool delivers the moment it is paid."
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
          <EmptyState icon={<TagIcon size={28} />} title="No listings yet" action={newButton}>
            Give a pool a title and a price, and buyers can order it from the bot or the Mini App.
          </EmptyState>
        ) : (
          <TemplatesTable templates={templates.data} pools={byId} onEdit={(t) => setEditingId(t.id)} />
        )}
      </Card>
      {creating && <TemplateFormDialog pools={options} onClose={() => setCreating(false)} />}
      {editing && <TemplateFormDialog template={editing} pools={options} onClose={() => setEditingId(null)} />}
    </>
  );
}
