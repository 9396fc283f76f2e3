import { Dispute, IdParams, OpenDisputeInput, ResolveDisputeInput } from '@codepool/shared';
import { openDispute } from '../../domain/disputes/open-dispute.ts';
import { resolveDispute } from '../../domain/disputes/resolve-dispute.ts';
import { type RouteKit, route } from '../route.ts';

/** A buyer reports a problem with a delivery; the seller answers with a replacement or a refund. */
export function disputeRoutes(kit: RouteKit) {
  const base = { tag: 'disputes', params: IdParams } as const;
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
}
