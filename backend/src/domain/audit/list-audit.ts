import type { AuditEntry, ListAuditQuery } from '@codepool/shared';
import { and, desc, eq, inArray, lt, not, type SQL, sql } from 'drizzle-orm';
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
 * pools, templates, requests and tokens (a buyer paying, the expiry sweep). Fraud signals are
 * the operator's: they name other sellers, so they are never part of it.
 *
 * One branch per way a row can be the seller's, each along an index of its own (the actor
 * index in id order, the subject index per owned subject) and each stopped at one page;
 * their union, newest first, is the page. An `OR` of those conditions over the whole log
 * cannot use either index and reads the log from its newest row until a page is found.
 */
export async function listAudit(
  ctx: ServiceContext,
  { cursor, limit, subjectType, subjectId }: Query,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  const me = sellerId(ctx);
  const filters: SQL[] = [not(sql`${auditLog.action} LIKE 'fraud.%'`)];
  if (subjectType) filters.push(eq(auditLog.subjectType, subjectType));
  if (subjectId) filters.push(eq(auditLog.subjectId, subjectId));
  if (cursor) filters.push(lt(auditLog.id, cursor));

  const owned: [string | null, SQL][] = [
    [null, and(eq(auditLog.actorId, me), inArray(auditLog.actorType, ['seller', 'buyer'])) as SQL],
    ['user', eq(auditLog.subjectId, me)],
    ['pool', inArray(auditLog.subjectId, sql`(SELECT id::text FROM ${pools} WHERE ${pools.sellerId} = ${me})`)],
    [
      'template',
      inArray(auditLog.subjectId, sql`(SELECT id::text FROM ${templates} WHERE ${templates.sellerId} = ${me})`),
    ],
    [
      'purchase_request',
      inArray(
        auditLog.subjectId,
        sql`(SELECT id::text FROM ${purchaseRequests} WHERE ${purchaseRequests.sellerId} = ${me})`,
      ),
    ],
    [
      'api_token',
      inArray(auditLog.subjectId, sql`(SELECT id::text FROM ${apiTokens} WHERE ${apiTokens.userId} = ${me})`),
    ],
  ];
  const branches = owned
    // A filter on another subject type rules a subject branch out before it is sent.
    .filter(([type]) => !type || !subjectType || type === subjectType)
    .map(([type, cond]) => {
      const where = and(...(type ? [eq(auditLog.subjectType, type), cond] : [cond]), ...filters);
      return sql`(SELECT ${auditLog.id} FROM ${auditLog} WHERE ${where} ORDER BY ${auditLog.id} DESC LIMIT ${limit + 1})`;
    });
  const rows = await ctx.db
    .select()
    .from(auditLog)
    // ARRAY(…): the union runs once and the page is fetched by primary key, whatever the
    // planner thinks of joining it back to the log.
    .where(sql`${auditLog.id} = ANY(ARRAY(${sql.join(branches, sql` UNION `)}))`)
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map((r) => toAuditEntry(r, me)),
    nextCursor: more ? (pageRows.at(-1)?.id ?? null) : null,
  };
}
