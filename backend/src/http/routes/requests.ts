import {
  CreateRequestInput,
  DeliverManuallyInput,
  DownloadLink,
  DownloadLinkParams,
  IdParams,
  ListRequestsQuery,
  PurchaseRequest,
  page,
  RevealResult,
} from '@codepool/shared';
import { createDownloadLink } from '../../domain/deliveries/download-link.ts';
import { revealDelivery } from '../../domain/deliveries/reveal-delivery.ts';
import { cancelRequest } from '../../domain/requests/cancel-request.ts';
import { confirmReceipt } from '../../domain/requests/confirm-receipt.ts';
import { createRequest } from '../../domain/requests/create-request.ts';
import { deliverManually } from '../../domain/requests/deliver-manually.ts';
import { getRequest } from '../../domain/requests/get-request.ts';
import { listRequests } from '../../domain/requests/list-requests.ts';
import { type RouteKit, route } from '../route.ts';

/** A purchase request from opening to receipt; paying is in payments.ts, disputes in disputes.ts. */
export function requestRoutes(kit: RouteKit) {
  const base = { tag: 'requests' } as const;
  route(
    kit,
    {
      ...base,
      auth: 'buyer',
      method: 'post',
      path: '/requests',
      summary: 'Open a purchase request',
      body: CreateRequestInput,
      response: PurchaseRequest,
      status: 201,
    },
    ({ ctx, body }) => createRequest(ctx, body),
  );
  route(
    kit,
    {
      ...base,
      auth: 'user',
      scope: 'requests:read',
      method: 'get',
      path: '/requests',
      summary: 'Your purchases or sales',
      query: ListRequestsQuery,
      response: page(PurchaseRequest),
    },
    ({ ctx, query }) => listRequests(ctx, query),
  );
  route(
    kit,
    {
      ...base,
      auth: 'user',
      scope: 'requests:read',
      method: 'get',
      path: '/requests/:id',
      summary: 'A request (never its content)',
      params: IdParams,
      response: PurchaseRequest,
    },
    ({ ctx, params }) => getRequest(ctx, { requestId: params.id }),
  );
  route(
    kit,
    {
      ...base,
      auth: 'buyer',
      method: 'post',
      path: '/requests/:id/reveal',
      summary: 'Reveal the delivered items (buyer only)',
      params: IdParams,
      response: RevealResult,
    },
    ({ ctx, params, res }) => {
      res.set('Cache-Control', 'no-store');
      return revealDelivery(ctx, { requestId: params.id });
    },
  );
  route(
    kit,
    {
      ...base,
      auth: 'buyer',
      method: 'post',
      path: '/requests/:id/items/:itemId/download-link',
      summary: 'A fresh single-use link to a delivered file or image (buyer only, 5 minutes)',
      params: DownloadLinkParams,
      response: DownloadLink,
      status: 201,
    },
    ({ ctx, params, res }) => {
      res.set('Cache-Control', 'no-store');
      return createDownloadLink(ctx, { requestId: params.id, itemId: params.itemId });
    },
  );
  route(
    kit,
    {
      ...base,
      auth: 'buyer',
      method: 'post',
      path: '/requests/:id/cancel',
      summary: 'Cancel an unpaid request',
      params: IdParams,
      response: PurchaseRequest,
    },
    ({ ctx, params }) => cancelRequest(ctx, { requestId: params.id }),
  );
  route(
    kit,
    {
      ...base,
      auth: 'buyer',
      method: 'post',
      path: '/requests/:id/confirm',
      summary: 'Confirm receipt: release escrow to the seller',
      params: IdParams,
      response: PurchaseRequest,
    },
    ({ ctx, params }) => confirmReceipt(ctx, { requestId: params.id }),
  );
  route(
    kit,
    {
      ...base,
      auth: 'seller',
      scope: 'requests:write',
      method: 'post',
      path: '/requests/:id/deliver',
      summary: 'Deliver a paid order by hand: one content per item bought',
      params: IdParams,
      body: DeliverManuallyInput,
      response: PurchaseRequest,
    },
    ({ ctx, params, body }) => deliverManually(ctx, { requestId: params.id, contents: body.contents }),
  );
}
