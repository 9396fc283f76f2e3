import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { dashboardSessions, loginTokens, type UserRow, users } from '../../db/schema/index.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps, Origin } from '../context.ts';
import { ForbiddenError, UnauthorizedError } from '../errors.ts';
import { hashToken } from '../users/api-tokens.ts';

export const LOGIN_LINK_TTL_MIN = 10;
/** Login and session tokens: 32 random bytes, base64url. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
export const SESSION_TTL_H = 24 * 7;

/** A one-time sign-in token for the dashboard (10 minutes, single use); only its hash is stored. */
export async function createLoginToken(ctx: Pick<Deps, 'db'>, { userId }: { userId: string }): Promise<string> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user?.isSeller) throw new ForbiddenError('the dashboard is for sellers');
  const token = randomBytes(32).toString('base64url');
  await ctx.db.transaction(async (tx) => {
    await tx.insert(loginTokens).values({
      id: uuidv7(),
      userId,
      tokenHash: hashToken(token),
      expiresAt: sql`now() + make_interval(mins => ${LOGIN_LINK_TTL_MIN})`,
    });
    await recordAudit(tx, { type: 'seller', userId }, 'login_link.created', { type: 'user', id: userId });
  });
  return token;
}

/**
 * Trades a login token for a session, once: the guarded update makes a second use, an
 * expired token and a forged one all fail the same way.
 */
export async function consumeLoginToken(
  ctx: Pick<Deps, 'db'> & { origin?: Origin | undefined },
  { token }: { token: string },
): Promise<{ sessionToken: string; user: UserRow }> {
  if (!TOKEN_SHAPE.test(token)) throw new UnauthorizedError('this sign-in link is not valid');
  return ctx.db.transaction(async (tx) => {
    const [used] = await tx
      .update(loginTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(loginTokens.tokenHash, hashToken(token)),
          isNull(loginTokens.usedAt),
          gt(loginTokens.expiresAt, sql`now()`),
        ),
      )
      .returning({ userId: loginTokens.userId });
    if (!used)
      throw new UnauthorizedError(
        'this sign-in link has expired or was already used; ask the bot for a new one with /dashboard',
      );
    const [user] = await tx.select().from(users).where(eq(users.id, used.userId));
    if (!user) throw new UnauthorizedError('this sign-in link is not valid');
    const sessionToken = randomBytes(32).toString('base64url');
    await tx.insert(dashboardSessions).values({
      id: uuidv7(),
      userId: user.id,
      tokenHash: hashToken(sessionToken),
      expiresAt: sql`now() + make_interval(hours => ${SESSION_TTL_H})`,
    });
    await recordAudit(
      tx,
      { type: 'seller', userId: user.id },
      'dashboard.signed_in',
      { type: 'user', id: user.id },
      {},
      ctx.origin,
    );
    return { sessionToken, user };
  });
}

/**
 * Whom a sign-in link is for, if it is still good; nothing is changed. The link's page shows
 * this before the holder chooses to sign in: opening a link must not sign anyone in.
 */
export async function peekLoginToken({ db }: { db: DbOrTx }, { token }: { token: string }): Promise<UserRow | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await db
    .select({ user: users })
    .from(loginTokens)
    .innerJoin(users, eq(users.id, loginTokens.userId))
    .where(
      and(
        eq(loginTokens.tokenHash, hashToken(token)),
        isNull(loginTokens.usedAt),
        gt(loginTokens.expiresAt, sql`now()`),
      ),
    );
  return row?.user ?? null;
}

/** A live dashboard session: its user and its id (what its sockets are grouped by). */
export async function findSession(
  { db }: { db: DbOrTx },
  { sessionToken }: { sessionToken: string },
): Promise<{ user: UserRow; sessionId: string } | null> {
  if (!TOKEN_SHAPE.test(sessionToken)) return null;
  const [row] = await db
    .select({ user: users, sessionId: dashboardSessions.id })
    .from(dashboardSessions)
    .innerJoin(users, eq(users.id, dashboardSessions.userId))
    .where(
      and(
        eq(dashboardSessions.tokenHash, hashToken(sessionToken)),
        isNull(dashboardSessions.revokedAt),
        gt(dashboardSessions.expiresAt, sql`now()`),
      ),
    );
  return row ?? null;
}

/** Signs a dashboard session out: its cookie is refused from now on and its sockets are cut off. */
export async function revokeSession(
  ctx: Pick<Deps, 'db' | 'events'>,
  { sessionToken }: { sessionToken: string },
): Promise<void> {
  const ended = await ctx.db
    .update(dashboardSessions)
    .set({ revokedAt: sql`now()` })
    .where(eq(dashboardSessions.tokenHash, hashToken(sessionToken)))
    .returning({ id: dashboardSessions.id });
  for (const { id } of ended) ctx.events.credentialEnded?.({ kind: 'dashboard_session', id });
}
