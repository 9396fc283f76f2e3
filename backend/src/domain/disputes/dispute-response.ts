import type { Dispute } from '@codepool/shared';
import type { DisputeRow } from '../../db/schema/index.ts';

export function toDisputeResponse(row: DisputeRow): Dispute {
  return {
    id: row.id,
    requestId: row.requestId,
    reason: row.reason,
    text: row.text,
    itemIds: row.itemIds,
    status: row.status,
    openedAt: row.openedAt.toISOString(),
    respondBy: row.respondBy.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    replacementItemIds: row.replacementItemIds,
  };
}
