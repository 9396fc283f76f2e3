import {
  AddItemsInput,
  AddItemsResult,
  FindItemInput,
  FindItemResult,
  IdParams,
  Item,
  ListItemsQuery,
  MarkItemsInput,
  MarkItemsResult,
  page,
} from '@codepool/shared';
import { addItems } from '../../domain/items/add-items.ts';
import { findItemByCode } from '../../domain/items/find-item-by-code.ts';
import { listItems } from '../../domain/items/list-items.ts';
import { markItems } from '../../domain/items/mark-items.ts';
import { type RouteKit, route } from '../route.ts';

export function itemRoutes(kit: RouteKit) {
  const base = { tag: 'items', auth: 'seller', params: IdParams } as const;
  route(
    kit,
    {
      ...base,
      method: 'post',
      path: '/pools/:id/items',
      summary: 'Add up to 1,000 items',
      scope: 'pools:write',
      body: AddItemsInput,
      response: AddItemsResult,
      status: 201,
    },
    ({ ctx, params, body }) => addItems(ctx, { poolId: params.id, ...body }),
  );
  route(
    kit,
    {
      ...base,
      method: 'get',
      path: '/pools/:id/items',
      summary: 'Items of a pool, masked, by cursor',
      scope: 'pools:read',
      query: ListItemsQuery,
      response: page(Item),
    },
    ({ ctx, params, query }) => listItems(ctx, { poolId: params.id, ...query }),
  );
  route(
    kit,
    {
      ...base,
      method: 'post',
      path: '/pools/:id/items/mark',
      summary: 'Mark available items invalid or withdrawn',
      scope: 'pools:write',
      body: MarkItemsInput,
      response: MarkItemsResult,
    },
    ({ ctx, params, body }) => markItems(ctx, { poolId: params.id, ...body }),
  );
  route(
    kit,
    {
      ...base,
      method: 'post',
      path: '/pools/:id/items/find',
      summary: 'Find an exact code in your stock (by fingerprint, nothing decrypted)',
      scope: 'pools:read',
      body: FindItemInput,
      response: FindItemResult,
    },
    ({ ctx, params, body, res }) => {
      res.set('Cache-Control', 'no-store');
      return findItemByCode(ctx, { poolId: params.id, code: body.code });
    },
  );
}
