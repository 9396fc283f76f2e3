import { createHash, randomBytes } from 'node:crypto';
import { API_TOKEN_SCOPES, type ApiTokenScope } from '@codepool/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { apiTokens, type UserRow, users } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../context.ts';

const PREFIX = 'cp_';

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Creates a seller API token. The token is returned once; only its hash is stored. */
export async function createApiToken(
  ctx: ServiceContext,
  { name, scopes = [...API_TOKEN_SCOPES] }: { name: string; scopes?: ApiTokenScope[] },
): Promise<{ id: string; token: string }> {
  const userId = sellerId(ctx);
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = uuidv7();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(apiTokens).values({ id, userId, name, tokenHash: hashToken(token), scopes });
    await recordAudit(tx, ctx.actor, 'api_token.created', { type: 'api_token', id }, { name, scopes }, ctx.origin);
  });
  return { id, token };
}

/** The user behind a live token, or null. */
export async function authenticateApiToken(
  { db }: { db: DbOrTx },
  { token }: { token: string },
): Promise<{ user: UserRow; scopes: ApiTokenScope[]; tokenId: string } | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, userId: apiTokens.userId, scopes: apiTokens.scopes });
  if (!row) return null;
  const [user] = await db.select().from(users).where(eq(users.id, row.userId));
  return user ? { user, scopes: row.scopes, tokenId: row.id } : null;
}
