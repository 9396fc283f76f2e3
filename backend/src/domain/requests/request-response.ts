import type { PurchaseRequest } from '@codepool/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { disputes, escrowPayments, type PurchaseRequestRow, poolItems, templates } from '../../db/schema/index.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Requests as their parties see them: masked previews of the delivered items, never content. */
export async function toRequestResponses(db: DbOrTx, rows: PurchaseRequestRow[]): Promise<PurchaseRequest[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [titles, items, open, held] = await Promise.all([
    db
      .select({ id: templates.id, title: templates.title })
      .from(templates)
      .where(inArray(templates.id, [...new Set(rows.map((r) => r.templateId))])),
    db
      .select({
        id: poolItems.id,
        requestId: poolItems.purchaseRequestId,
        preview: poolItems.maskedPreview,
        revealedAt: poolItems.revealedAt,
        status: poolItems.status,
      })
      .from(poolItems)
      .where(inArray(poolItems.purchaseRequestId, ids))
      .orderBy(asc(poolItems.id)),
    db
      .select()
      .from(disputes)
      .where(and(inArray(disputes.requestId, ids), eq(disputes.status, 'open'))),
    db
      .select({ requestId: escrowPayments.requestId, amount: escrowPayments.amount, status: escrowPayments.status })
      .from(escrowPayments)
      .where(and(inArray(escrowPayments.requestId, ids), inArray(escrowPayments.status, ['funded', 'refund_manual']))),
  ]);
  const disputeOf = new Map(open.map((d) => [d.requestId, d]));
  const heldOf = new Map(held.filter((h) => h.status === 'funded').map((h) => [h.requestId, h.amount]));
  const byHand = new Set(held.filter((h) => h.status === 'refund_manual').map((h) => h.requestId));
  const titleOf = new Map(titles.map((t) => [t.id, t.title]));
  return rows.map((r) => {
    const live = items.filter((i) => i.requestId === r.id && i.status === 'delivered').length;
    const d = disputeOf.get(r.id);
    return {
      id: r.id,
      templateId: r.templateId,
      title: titleOf.get(r.templateId) ?? '',
      buyerId: r.buyerId,
      sellerId: r.sellerId,
      quantity: r.quantity,
      unitPrice: r.unitPrice,
      total: r.total,
      currency: r.currency,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      expiresAt: iso(r.expiresAt),
      fundedAt: iso(r.fundedAt),
      deliveredAt: iso(r.deliveredAt),
      completedAt: iso(r.completedAt),
      cancelledAt: iso(r.cancelledAt),
      disputedAt: iso(r.disputedAt),
      refundedAt: iso(r.refundedAt),
      disputeWindowEndsAt: iso(r.disputeWindowEndsAt),
      items: items
        .filter((i) => i.requestId === r.id)
        .map((i) => ({ id: i.id, preview: i.preview, revealedAt: iso(i.revealedAt) })),
      itemsOwed:
        r.status === 'funded' || r.status === 'awaiting_stock' || r.status === 'preparing' ? r.quantity - live : 0,
      refundByHand: byHand.has(r.id),
      openDispute: d
        ? {
            id: d.id,
            reason: d.reason,
            itemIds: d.itemIds,
            respondBy: d.respondBy.toISOString(),
            refundCost: {
              amount: heldOf.get(r.id) ?? r.total,
              currency: r.currency,
              items: live,
              disputedItems: new Set(d.itemIds).size,
            },
          }
        : null,
    };
  });
}

export async function toRequestResponse(db: DbOrTx, row: PurchaseRequestRow): Promise<PurchaseRequest> {
  const [response] = await toRequestResponses(db, [row]);
  if (!response) throw new Error('request response missing');
  return response;
}
