// One "backend process" of the fulfill benchmark: fulfillOnFunded, the real operation, called
// by CONCURRENCY loops over its share of the funded requests. Prints its latencies as JSON.
import { parseKeyRing } from '../backend/src/crypto/keyring.ts';
import { createDb } from '../backend/src/db/client.ts';
import { DEFAULT_SETTINGS, type Deps, nullEvents, withActor } from '../backend/src/domain/context.ts';
import { fulfillOnFunded } from '../backend/src/domain/fulfillment/fulfill-on-funded.ts';
import { createLogger } from '../backend/src/lib/logger.ts';

const { DATABASE_URL = '', KEYS = '', SHARE = '0', SHARES = '2', CONCURRENCY = '32' } = process.env;
// The pool a backend process runs with (DATABASE_POOL_MAX's default): callers queue for a
// connection in the process, as they do in the server, rather than each holding its own.
const { db, pool } = createDb(DATABASE_URL);
const deps: Deps = {
  db,
  keys: parseKeyRing(KEYS),
  log: createLogger('silent'),
  events: nullEvents,
  settings: DEFAULT_SETTINGS,
};
const ctx = withActor(deps, { type: 'system', job: 'bench' });

const { rows } = await pool.query<{ id: string }>(
  "SELECT id FROM purchase_requests WHERE status = 'funded' ORDER BY id",
);
const mine = rows.filter((_, i) => i % Number(SHARES) === Number(SHARE)).map((r) => r.id);
// Wait for the parent's go, so both processes start together.
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
process.stdin.destroy();

const latencies: number[] = [];
let next = 0;
let failed = 0;
const started = performance.now();
const cpuAtStart = process.cpuUsage();
await Promise.all(
  Array.from({ length: Number(CONCURRENCY) }, async () => {
    while (next < mine.length) {
      const id = mine[next++] as string;
      const t0 = performance.now();
      const outcome = await fulfillOnFunded(ctx, { requestId: id });
      latencies.push(performance.now() - t0);
      if (outcome.status !== 'delivered') failed++;
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
// Where the time goes: this process's own CPU while it drew, against the wall clock.
const cpu = process.cpuUsage(cpuAtStart);
process.stderr.write(
  `process ${SHARE}: ${mine.length} fulfillments in ${seconds.toFixed(2)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s of CPU in Node\n`,
);
await pool.end();
process.stdout.write(`${JSON.stringify({ latencies, failed, seconds })}\n`, () => process.exit(0));
