import { CreatePoolInput, IdParams, ListPoolsQuery, Pool, UpdatePoolInput } from '@codepool/shared';
import { z } from 'zod';
import { archivePool } from '../../domain/pools/archive-pool.ts';
import { createPool } from '../../domain/pools/create-pool.ts';
import { getPool } from '../../domain/pools/get-pool.ts';
import { listPools } from '../../domain/pools/list-pools.ts';
import { updatePool } from '../../domain/pools/update-pool.ts';
import { type RouteKit, route } from '../route.ts';

export function poolRoutes(kit: RouteKit) {
  const base = { tag: 'pools', auth: 'seller' } as const;
  route(
    kit,
    {
      ...base,
      method: 'post',
      path: '/pools',
      summary: 'Create a pool',
      scope: 'pools:write',
      body: CreatePoolInput,
      response: Pool,
      status: 201,
    },
    ({ ctx, body }) => createPool(ctx, body),
  );
  route(
    kit,
    {
      ...base,
      method: 'get',
      path: '/pools',
      summary: 'List your pools with stock counts',
      scope: 'pools:read',
      query: ListPoolsQuery,
      response: z.array(Pool),
    },
    ({ ctx, query }) => listPools(ctx, query),
  );
  route(
    kit,
    {
      ...base,
      method: 'get',
      path: '/pools/:id',
      summary: 'A pool with stock counts',
      scope: 'pools:read',
      params: IdParams,
      response: Pool,
    },
    ({ ctx, params }) => getPool(ctx, { poolId: params.id }),
  );
  route(
    kit,
    {
      ...base,
      method: 'patch',
      path: '/pools/:id',
      summary: 'Rename, set threshold or normalisation',
      scope: 'pools:write',
      params: IdParams,
      body: UpdatePoolInput,
      response: Pool,
    },
    ({ ctx, params, body }) => updatePool(ctx, { poolId: params.id, ...body }),
  );
  route(
    kit,
    {
      ...base,
      method: 'delete',
      path: '/pools/:id',
      summary: 'Archive a pool (items are kept)',
      scope: 'pools:write',
      params: IdParams,
      response: Pool,
    },
    ({ ctx, params }) => archivePool(ctx, { poolId: params.id }),
  );
}
