import { sql } from 'drizzle-orm';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DbOrTx } from '../db/client.ts';
import { drawable } from '../db/drawable.ts';

/**
 * Process-wide Prometheus metrics. Counters carry no labels that could hold content: pool
 * and outcome ids only. Gauges that need the database are filled at scrape time
 * (bindGaugeSource, called from http/observability.ts).
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const metrics = {
  draws: new Counter({
    name: 'codepool_draws_total',
    help: 'fulfillment draws by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
  }),
  drawSeconds: new Histogram({
    name: 'codepool_draw_duration_seconds',
    help: 'time to fulfill a funded request (lock, draw, mark delivered, commit)',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  }),
  imports: new Counter({
    name: 'codepool_imports_total',
    help: 'finished imports, and the rows they accepted',
    labelNames: ['source'] as const,
    registers: [registry],
  }),
  importedRows: new Counter({
    name: 'codepool_imported_rows_total',
    help: 'rows accepted by imports',
    registers: [registry],
  }),
  reveals: new Counter({ name: 'codepool_reveals_total', help: 'reveals served to buyers', registers: [registry] }),
  /** Counted, not audited: anyone can post unsigned calls, and each one must not cost a row. */
  unsignedWebhooks: new Counter({
    name: 'codepool_payment_webhook_unsigned_total',
    help: 'payment webhook calls refused before their signature was verified',
    registers: [registry],
  }),
  /** Kinguin webhooks with a wrong or missing X-Event-Secret: counted, not audited, for the same reason. */
  supplierWebhooksRefused: new Counter({
    name: 'codepool_supplier_webhook_refused_total',
    help: 'supplier webhook calls refused for a wrong or missing secret',
    labelNames: ['kind'] as const,
    registers: [registry],
  }),
};

let gaugeDb: DbOrTx | null = null;

/** Where the scrape-time gauges read from: the app's database. */
export function bindGaugeSource(db: DbOrTx) {
  gaugeDb = db;
}

new Gauge({
  name: 'codepool_outbox_backlog',
  help: 'notifications waiting to be sent',
  registers: [registry],
  async collect() {
    if (!gaugeDb) return;
    const { rows } = await gaugeDb.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM notifications WHERE status = 'pending'`,
    );
    this.set(rows[0]?.n ?? 0);
  },
});

new Gauge({
  name: 'codepool_pool_available',
  help: 'drawable items per pool',
  labelNames: ['pool'] as const,
  registers: [registry],
  async collect() {
    if (!gaugeDb) return;
    const { rows } = await gaugeDb.execute<{ pool_id: string; n: number }>(sql`
      SELECT pool_id, count(*)::int AS n FROM pool_items
       WHERE ${drawable()} GROUP BY pool_id`);
    this.reset();
    for (const r of rows) this.set({ pool: r.pool_id }, r.n);
  },
});
