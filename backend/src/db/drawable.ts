import { type SQL, sql } from 'drizzle-orm';

/**
 * What makes an item drawable, and in which order items are drawn — written once, beside
 * the draw index (`pool_items_draw_idx` in schema/pool-items.ts) that every draw and every
 * "how many can still be sold?" count walks. The index holds the items in stock
 * (`IN_STOCK`); a drawable item is one of those that has not passed its expiry. An item in
 * stock but past its expiry (`EXPIRED_IN_STOCK`) is never drawn, and counts as expired
 * before the expiry sweep has marked it so.
 *
 * Each predicate comes as text, for the named prepared statement the fast path runs
 * (deliver-from-pool.ts, plain text so PostgreSQL plans it once per connection), and as a
 * drizzle fragment built from the same text. `alias` qualifies the columns (`i.status`).
 * test/drawable.test.ts holds these against the index PostgreSQL actually has.
 */

const column = (alias: string | undefined, name: string) => (alias ? `${alias}.${name}` : name);

/** The draw index: its name, its keys in order and its partial predicate. */
export const DRAW_INDEX = {
  name: 'pool_items_draw_idx',
  /** Leads with the pool, then the draw order: a draw walks one pool's stock in the order it is drawn. */
  leadingKey: 'pool_id',
} as const;

export const drawableText = {
  /** In stock: held by no request, withdrawn by nobody. The draw index's predicate. */
  inStock: (alias?: string) => `${column(alias, 'status')} = 'available'`,
  /** In stock and not past its expiry: what a draw may take. */
  drawable: (alias?: string) =>
    `${drawableText.inStock(alias)} AND (${column(alias, 'expires_at')} IS NULL OR ${column(alias, 'expires_at')} > now())`,
  /** In stock but past its expiry, whether or not the expiry sweep has run: never drawn again. */
  expiredInStock: (alias?: string) => `${drawableText.inStock(alias)} AND ${column(alias, 'expires_at')} <= now()`,
  /** Soonest-expiring first (never-expiring last), then oldest; the id breaks ties. The draw index's key order. */
  order: (alias?: string) =>
    `${column(alias, 'expires_at')} ASC NULLS LAST, ${column(alias, 'created_at')}, ${column(alias, 'id')}`,
};

/** The same predicates and order as drizzle fragments, for queries built with `sql`. */
export const inStock = (alias?: string): SQL => sql.raw(`(${drawableText.inStock(alias)})`);
export const drawable = (alias?: string): SQL => sql.raw(`(${drawableText.drawable(alias)})`);
export const expiredInStock = (alias?: string): SQL => sql.raw(`(${drawableText.expiredInStock(alias)})`);
export const drawOrder = (alias?: string): SQL => sql.raw(drawableText.order(alias));
/** Drawable, and expiring within the warning window (seven days). */
export const expiringSoon = (alias?: string): SQL =>
  sql`(${drawable(alias)} AND ${sql.raw(column(alias, 'expires_at'))} <= now() + interval '7 days')`;
