import { and, eq, lt, sql } from 'drizzle-orm';
import { purchaseRequests } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';

/** pending_payment past its expiry → expired, one guarded statement. A late payment then is refused. Audited as the calling job. */
export async function expireUnpaidRequests(ctx: ServiceContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const expired = await tx
      .update(purchaseRequests)
      .set({ status: 'expired', updatedAt: sql`now()` })
      .where(and(eq(purchaseRequests.status, 'pending_payment'), lt(purchaseRequests.expiresAt, sql`now()`)))
      .returning({ id: purchaseRequests.id });
    for (const { id } of expired) await recordAudit(tx, ctx.actor, 'request.expired', { type: 'purchase_request', id });
    return expired.length;
  });
}
