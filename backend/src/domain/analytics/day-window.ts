import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

/** The last `days` calendar days in UTC, ending today by the database's clock. */
export type DayWindow = { from: string; to: string; start: Date; days: string[] };

const DAY_MS = 86_400_000;

/**
 * Today comes from the database, not this process: the counts it bounds are computed
 * there with `now()`, and the two clocks must not disagree about which day it is.
 */
export async function dayWindow(db: DbOrTx, days: number): Promise<DayWindow> {
  const { rows } = await db.execute<{ today: string }>(
    sql`SELECT to_char((now() AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS today`,
  );
  const today = Date.parse(`${rows[0]?.today ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const start = new Date(today - (days - 1) * DAY_MS);
  const list = Array.from({ length: days }, (_, i) =>
    new Date(start.getTime() + i * DAY_MS).toISOString().slice(0, 10),
  );
  return { from: list[0] ?? '', to: list.at(-1) ?? '', start, days: list };
}
