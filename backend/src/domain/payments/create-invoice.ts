import type { InvoiceLink } from '@codepool/shared';
import { and, eq } from 'drizzle-orm';
import { purchaseRequests, templates } from '../../db/schema/index.ts';
import { buyerId, type ServiceContext } from '../context.ts';
import { ConflictError, NotFoundError, PreconditionFailedError } from '../errors.ts';

/** A Telegram Stars invoice link for the Mini App's openInvoice; its payload names the request. */
export async function createInvoice(ctx: ServiceContext, { requestId }: { requestId: string }): Promise<InvoiceLink> {
  const buyer = buyerId(ctx);
  const [row] = await ctx.db
    .select({ request: purchaseRequests, title: templates.title, description: templates.description })
    .from(purchaseRequests)
    .innerJoin(templates, eq(templates.id, purchaseRequests.templateId))
    .where(and(eq(purchaseRequests.id, requestId), eq(purchaseRequests.buyerId, buyer)));
  if (!row) throw new NotFoundError('purchase request');
  if (row.request.status !== 'pending_payment') {
    throw new ConflictError(`a ${row.request.status} request is not awaiting payment`, { status: row.request.status });
  }
  if (!ctx.payments) throw new PreconditionFailedError('payments are not configured on this server (BOT_TOKEN)');
  const quantity = row.request.quantity > 1 ? ` × ${row.request.quantity}` : '';
  const invoiceLink = await ctx.payments.createInvoiceLink({
    requestId,
    title: `${row.title}${quantity}`.slice(0, 32),
    description: (row.description || row.title).slice(0, 255),
    amount: row.request.total,
  });
  return { invoiceLink };
}
