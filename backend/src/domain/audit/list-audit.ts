import type { AuditEntry, ListAuditQuery } from '@codepool/shared';
import { and, desc, eq, inArray, lt, not, or, type SQL, sql } from 'drizzle-orm';
import { type AuditRow, apiTokens, auditLog, pools, purchaseRequests, templates } from '../../db/schema/index.ts';
import { type ServiceContext, sellerId } from '../context.ts';

type Query = Omit<ListAuditQuery, 'limit'> & { limit: number };

const ACTOR_TYPES = ['seller', 'buyer', 'system'] as const;

function toAuditEntry(row: AuditRow, me: string): AuditEntry {
  const byYou = row.actorType !== 'system' && row.actorId === me;
  return {
    id: row.id,
    action: row.action,
    actorType: ACTOR_TYPES.find((t) => t === row.actorType) ?? 'system',
    byYou,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    metadata: row.metadata,
    ip: byYou ? row.ip : null,
    userAgent: byYou ? row.userAgent : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The seller's own audit trail, newest first: what they did, and what happened to their
 * pools, listings, orders and tokens (a buyer paying, the expiry sweep). Fraud signals are
 * the operator's: they name other sellers, so they are never part of it.
 */
export async function listAudit(
  ctx: ServiceContext,
  { cursor, limit, subjectType, subjectId }: Query,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  const me = sellerId(ctx);
  const mine = (type: string, ids: SQL) => and(eq(auditLog.subjectType, type), inArray(auditLog.subjectId, ids)) as SQL;
  const owned = or(
    and(eq(auditLog.actorId, me), inArray(auditLog.actorType, ['seller', 'buyer'])),
    and(eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, me)),
    mine('pool', sql`(SELECT id::text FROM ${pools} WHERE ${pools.sellerId} = ${me})`),
    mine('template', sql`(SELECT id::text FROM ${templates} WHERE ${templates.sellerId} = ${me})`),
    mine(
      'purchase_request',
      sql`(SELECT id::text FROM ${purchaseRequests} WHERE ${purchaseRequests.sellerId} = ${me})`,
    ),
    mine('api_token', sql`(SELECT id::text FROM ${apiTokens} WHERE ${apiTokens.userId} = ${me})`),
  ) as SQL;
  const where: SQL[] = [owned, not(sql`${auditLog.action} LIKE 'fraud.%'`)];
  if (subjectType) where.push(eq(auditLog.subjectType, subjectType));
  if (subjectId) where.push(eq(auditLog.subjectId, subjectId));
  if (cursor) where.push(lt(auditLog.id, cursor));
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map((r) => toAuditEntry(r, me)),
    nextCursor: more ? (pageRows.at(-1)?.id ?? null) : null,
  };
}
