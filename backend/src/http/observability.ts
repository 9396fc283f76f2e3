import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Express } from 'express';
import type { DatabaseState } from '../db/embedded.ts';
import { MIGRATIONS_DIR } from '../db/migrate.ts';
import type { Deps } from '../domain/context.ts';
import { bindGaugeSource, registry } from '../lib/metrics.ts';

/**
 * A request log line with an id per request (X-Request-Id is honoured and echoed), liveness,
 * readiness (database reachable, every committed migration applied) and Prometheus
 * metrics. Logs carry method, path and status; never bodies, tokens or init data.
 *
 * Liveness is about this process, not the database's weather: 200 while the database is up
 * or while this process is starting its own embedded server again, 503 once it gave up on it
 * (and is on its way out), so a supervisor watching /healthz restarts what can no longer
 * recover. /readyz is the one that says whether requests can be served right now.
 */
export function observability(
  app: Express,
  deps: Deps,
  { database = () => 'up' }: { database?: () => DatabaseState } = {},
) {
  const QUIET = new Set(['/healthz', '/metrics']);
  app.use((req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    res.locals.requestId = id;
    // One line per request when it ends, built only if the level would write it.
    if (!QUIET.has(req.path) && deps.log.isLevelEnabled('info')) {
      const start = performance.now();
      res.once('finish', () => {
        const line = {
          reqId: id,
          method: req.method,
          // The query string can carry a login token: log the path only; a download link's
          // path is its credential, so not that either.
          path: req.originalUrl.split('?')[0]?.replace(/^\/api\/files\/.*/, '/api/files/:token'),
          status: res.statusCode,
          ms: Math.round((performance.now() - start) * 10) / 10,
        };
        if (res.statusCode >= 500) deps.log.error(line, 'request failed');
        else deps.log.info(line, 'request');
      });
    }
    next();
  });

  app.get('/healthz', (_req, res) => {
    const state = database();
    if (state === 'failed') return void res.status(503).json({ status: 'failed', database: state });
    res.json(state === 'up' ? { status: 'ok' } : { status: 'ok', database: state });
  });

  const expected = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).length;
  app.get('/readyz', async (_req, res) => {
    try {
      const { rows } = await deps.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
      );
      const applied = rows[0]?.n ?? 0;
      if (applied < expected) return void res.status(503).json({ status: 'migrating', applied, expected });
      res.json({ status: 'ready', migrations: applied });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  bindGaugeSource(deps.db);
  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
}
