import type { ApiToken } from '@codepool/shared';
import { desc, eq } from 'drizzle-orm';
import { type ApiTokenRow, apiTokens } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';

export function toApiTokenResponse(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** The seller's API tokens, newest first, revoked ones included; never the tokens themselves. */
export async function listApiTokens(ctx: ServiceContext): Promise<ApiToken[]> {
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, sellerId(ctx)))
    .orderBy(desc(apiTokens.id));
  return rows.map(toApiTokenResponse);
}
