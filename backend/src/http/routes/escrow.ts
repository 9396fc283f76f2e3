import {
  Dispute,
  IdParams,
  InvoiceLink,
  Ledger,
  OpenDisputeInput,
  PurchaseRequest,
  Reconciliation,
  ResolveDisputeInput,
  WebhookResult,
} from '@codepool/shared';
import { openDispute } from '../../domain/disputes/open-dispute.ts';
import { resolveDispute } from '../../domain/disputes/resolve-dispute.ts';
import { confirmManualRefund } from '../../domain/escrow/confirm-manual-refund.ts';
import { getLedger } from '../../domain/ledger/get-ledger.ts';
import { getReconciliation } from '../../domain/ledger/get-reconciliation.ts';
import { createInvoice } from '../../domain/payments/create-invoice.ts';
import { devFund } from '../../domain/payments/dev-fund.ts';
import { confirmReceipt } from '../../domain/requests/confirm-receipt.ts';
import { type RouteKit, route } from '../route.ts';

export function escrowRoutes(kit: RouteKit) {
  const base = { tag: 'escrow', params: IdParams } as const;
  route(
    kit,
    {
      ...base,
      auth: 'buyer',
      method: 'post',
      path: '/requests/:id/invoice',
      summary: 'A Telegram Stars invoice link for openInvoice',
      response: InvoiceLink,
    },
    ({ ctx, params }) => createInvoice(ctx, { requestId: params.id }),
  );
  route(
    kit,
    {
      ...base,
      auth: 'buyer',
      method: 'post',
      path: '/requests/:id/confirm',
      summary: 'Confirm receipt: release escrow to the seller',
      response: PurchaseRequest,
    },
    ({ ctx, params }) => confirmReceipt(ctx, { requestId: params.id }),
  );
  route(
    kit,
    {
      ...base,
      auth: 'buyer',
      method: 'post',
      path: '/requests/:id/dispute',
      summary: 'Report a problem within the dispute window',
      body: OpenDisputeInput,
      response: Dispute,
      status: 201,
    },
    ({ ctx, params, body }) => openDispute(ctx, { requestId: params.id, ...body }),
  );
  route(
    kit,
    {
      ...base,
      auth: 'seller',
      scope: 'requests:write',
      method: 'post',
      path: '/requests/:id/dispute/resolve',
      summary: 'Answer a dispute: replace or refund',
      body: ResolveDisputeInput,
      response: Dispute,
    },
    ({ ctx, params, body }) => resolveDispute(ctx, { requestId: params.id, ...body }),
  );
  route(
    kit,
    {
      ...base,
      auth: 'seller',
      scope: 'requests:write',
      method: 'post',
      path: '/requests/:id/refund/confirm',
      summary: 'Confirm a refund you made by hand (a provider without a refund API)',
      response: PurchaseRequest,
    },
    ({ ctx, params }) => confirmManualRefund(ctx, { requestId: params.id }),
  );
  route(
    kit,
    {
      ...base,
      auth: 'buyer',
      method: 'post',
      path: '/requests/:id/dev-fund',
      summary: 'Development only: fund without paying (DEV_FUNDING=on)',
      response: WebhookResult,
    },
    ({ ctx, params }) => devFund(ctx, { requestId: params.id }),
  );
  route(
    kit,
    {
      tag: 'escrow',
      auth: 'seller',
      scope: 'ledger:read',
      method: 'get',
      path: '/ledger',
      summary: 'Your balance and ledger entries',
      response: Ledger,
    },
    ({ ctx }) => getLedger(ctx),
  );
  route(
    kit,
    {
      tag: 'escrow',
      auth: 'seller',
      scope: 'ledger:read',
      method: 'get',
      path: '/ledger/reconciliation',
      summary: "Your Stars by escrow state, beside Telegram's ledger as the last reconciliation saw it",
      response: Reconciliation,
    },
    ({ ctx }) => getReconciliation(ctx),
  );
}
