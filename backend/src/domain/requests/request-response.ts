import type { PurchaseRequest } from '@codepool/shared';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  disputes,
  escrowPayments,
  type PurchaseRequestRow,
  poolItems,
  templates,
  templateVariants,
} from '../../db/schema/index.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** "Steam · $25 EU" for a variant of a listing with several, "Steam" for a listing's only one. */
export function requestTitle(t: VariantName | undefined): string {
  if (!t) return '';
  return t.alone ? t.title : `${t.title} · ${t.variantTitle}`;
}

type VariantName = { title: string; variantTitle: string; alone: boolean };

/** The listing's and the variant's titles of each variant, and whether it is its listing's only live one. */
export async function variantNames(db: DbOrTx, variantIds: string[]): Promise<Map<string, VariantName>> {
  if (variantIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: templateVariants.id,
      title: templates.title,
      variantTitle: templateVariants.title,
      // A listing with one live variant is named by the listing alone, as before variants.
      alone: sql<boolean>`(SELECT count(*) FROM template_variants o
                            WHERE o.template_id = ${templates.id} AND o.removed_at IS NULL) <= 1`,
    })
    .from(templateVariants)
    .innerJoin(templates, eq(templates.id, templateVariants.templateId))
    .where(inArray(templateVariants.id, [...new Set(variantIds)]));
  return new Map(rows.map(({ id, ...name }) => [id, name]));
}

/** Requests as their parties see them: masked previews of the delivered items, never content. */
export async function toRequestResponses(db: DbOrTx, rows: PurchaseRequestRow[]): Promise<PurchaseRequest[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [titleOf, items, open, held] = await Promise.all([
    variantNames(
      db,
      rows.map((r) => r.variantId),
    ),
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
  return rows.map((r) => {
    const live = items.filter((i) => i.requestId === r.id && i.status === 'delivered').length;
    const d = disputeOf.get(r.id);
    return {
      id: r.id,
      templateId: r.templateId,
      variantId: r.variantId,
      title: requestTitle(titleOf.get(r.variantId)),
      variantTitle: titleOf.get(r.variantId)?.variantTitle ?? '',
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
