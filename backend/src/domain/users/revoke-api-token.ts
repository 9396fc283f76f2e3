import type { ApiToken } from '@codepool/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { apiTokens } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { toApiTokenResponse } from './list-api-tokens.ts';

/**
 * Revokes one of the seller's API tokens: from the next request on it is refused, and the
 * sockets it opened are disconnected. Revoking twice is a no-op; another seller's token is
 * not found.
 */
export async function revokeApiToken(ctx: ServiceContext, { tokenId }: { tokenId: string }): Promise<ApiToken> {
  const owner = sellerId(ctx);
  const revoked = await ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, owner)))
      .for('update');
    if (!current) throw new NotFoundError('API token');
    if (current.revokedAt) return toApiTokenResponse(current);
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
      .returning();
    await recordAudit(tx, ctx.actor, 'api_token.revoked', { type: 'api_token', id: tokenId }, {}, ctx.origin);
    return toApiTokenResponse(revoked ?? current);
  });
  // After commit, and also for a token revoked before: a socket must not outlive it.
  ctx.events.credentialEnded?.({ kind: 'api_token', id: tokenId });
  return revoked;
}
