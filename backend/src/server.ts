import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { webhookCallback } from 'grammy';
import { createBot } from './bot/create-bot.ts';
import { startBot } from './bot/start-bot.ts';
import { createTelegramGateway } from './bot/telegram-gateway.ts';
import type { Config } from './config.ts';
import { checkKeyRing } from './crypto/key-checks.ts';
import { loadKeyRing } from './crypto/keyring.ts';
import { createDb, dbOptionsOf } from './db/client.ts';
import { type DatabaseServer, openEmbeddedDatabase, type Supervision } from './db/embedded.ts';
import { runMigrations } from './db/migrate.ts';
import type { Deps, EventSink, Settings } from './domain/context.ts';
import { ImportSlots } from './domain/imports/import-slots.ts';
import { checkFileStorage, fileStorageOf } from './files/file-storage.ts';
import { createApp } from './http/app.ts';
import { startDurableJobs } from './jobs/durable.ts';
import { DURABLE_TASKS } from './jobs/durable-tasks.ts';
import { startJobs } from './jobs/scheduler.ts';
import { createLogger, type Logger } from './lib/logger.ts';
import { createShutdown, type Shutdown } from './lib/shutdown.ts';
import { createRealtime } from './realtime/server.ts';

export type Running = { url: string; deps: Deps; databaseUrl: string; close(): Promise<void> };

export function settingsOf(config: Config): Settings {
  return {
    unpaidRequestTtlMin: config.unpaidRequestTtlMin,
    disputeWindowH: config.disputeWindowH,
    disputeResponseH: config.disputeResponseH,
    invalidDisputeLimitPct: config.invalidDisputeLimitPct,
    devFunding: config.devFunding,
    sweeperGraceS: config.sweeperGraceS,
    invalidDisputeMinBuyers: config.invalidDisputeMinBuyers,
    reconcileLookbackDays: config.reconcileLookbackDays,
    suppliers: config.suppliers,
  };
}

/**
 * The database this configuration names: DATABASE_URL, or the embedded server under DATA_DIR
 * (watched over by this process when `supervise` says how).
 */
export async function openDatabase(config: Config, log: Logger, supervise?: Supervision): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, owned: false, stop: async () => undefined, state: () => 'up' };
  }
  return openEmbeddedDatabase({
    dataDir: config.dataDir,
    log: (m, level = 'info') => log[level](m),
    ...(supervise ? { supervise } : {}),
  });
}

/**
 * Opens the database, applies migrations, loads keys, and serves HTTP and socket.io on one
 * port. Nothing outside the process is waited for once it listens: the bot reaches Telegram
 * in the background. `shutdown` is the process's: a signal during start-up aborts it at the
 * next step (the database is stopped), and `close()` runs its steps under their names so an
 * overrun can say what is pending. `onFatal` is told when the embedded database is gone for good.
 */
export async function startServer(
  config: Config,
  log = createLogger(config.logLevel),
  {
    jobs = true,
    shutdown = createShutdown(),
    onFatal = (reason: string) => log.fatal({ reason }, 'the database is gone for good'),
  }: { jobs?: boolean; shutdown?: Shutdown; onFatal?: (reason: string) => void } = {},
): Promise<Running> {
  const opening = openDatabase(config, log, {
    maxRestarts: config.embeddedDbRestarts,
    signal: shutdown.signal,
    onGiveUp: onFatal,
  });
  // Whatever else hangs, the embedded server must not outlive this process, even one that
  // is still initialising when the deadline passes: it is stopped as soon as it is up.
  shutdown.atDeadline(async () => (await opening.catch(() => null))?.stop());
  const database = await shutdown.step('start-up: opening the database', () => opening);
  try {
    shutdown.signal.throwIfAborted();
    await shutdown.step('start-up: migrations', () => runMigrations(database.url));
    shutdown.signal.throwIfAborted();
    const keys = await loadKeyRing({
      spec: config.keys,
      dataDir: config.dataDir,
      production: config.production,
      log: (m) => log.warn(m),
    });
    shutdown.signal.throwIfAborted();
    const { db, pool } = createDb(database.url, dbOptionsOf(config));
    // Before anything reads or writes an item: a ring that disagrees with the database stops the start here.
    const files = await fileStorageOf(config, log);
    await checkKeyRing(pool, keys, { log: (m) => log.warn(m) })
      .then(() => checkFileStorage(pool, files))
      .catch(async (e: unknown) => {
        await pool.end();
        throw e;
      });
    const settings = settingsOf(config);
    const auth = { botToken: config.botToken, initDataMaxAgeS: config.initDataMaxAgeS };
    // Events go out through socket.io, wired once the HTTP server exists.
    const sink: { current: EventSink } = { current: { toUser: () => undefined } };
    const deps: Deps = {
      db,
      keys,
      log,
      settings,
      events: {
        toUser: (u, e, p) => sink.current.toUser(u, e, p),
        credentialEnded: (c) => sink.current.credentialEnded?.(c),
      },
      importSlots: ImportSlots.within(config.importConcurrency, config.databasePoolMax),
      files,
    };
    const base = () => config.publicUrl ?? `http://localhost:${(server.address() as AddressInfo).port}`;
    deps.publicUrl = base;
    const miniAppUrl = config.publicUrl?.startsWith('https://') ? `${config.publicUrl}/app/` : null;
    const bot = config.botToken
      ? createBot(deps, {
          token: config.botToken,
          apiRoot: config.telegramApiRoot,
          publicUrl: base,
          miniAppUrl,
          importMaxBytes: config.importMaxBytes,
        })
      : null;
    if (bot) deps.payments = createTelegramGateway(bot.api);
    const app = createApp(deps, {
      ...auth,
      jsonBodyLimit: config.jsonBodyLimit,
      importMaxBytes: config.importMaxBytes,
      uploadDir: path.join(config.dataDir, 'uploads'),
      paymentWebhookSecret: config.paymentWebhookSecret,
      trustProxy: config.trustProxy,
      publicUrl: base,
      ...(bot && config.botMode === 'webhook'
        ? { telegramWebhook: webhookCallback(bot, 'express', { secretToken: config.telegramWebhookSecret }) }
        : {}),
      databaseState: () => database.state(),
    });
    const server = http.createServer(app);
    const { io, events } = createRealtime(
      server,
      deps,
      auth,
      config.socketAdapter === 'postgres' ? { pgPool: pool } : {},
    );
    sink.current = events;
    const requests = trackRequests(server);

    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    const stopCron = jobs ? startJobs(deps, config.jobTickS ? { everyS: config.jobTickS } : {}) : async () => undefined;
    const stopDurable = jobs
      ? await startDurableJobs(deps, {
          url: database.url,
          tasks: DURABLE_TASKS,
          concurrency: config.durableJobConcurrency,
          pollIntervalMs: config.durableJobPollMs,
        })
      : async () => undefined;
    const stopJobs = () => Promise.all([stopCron(), stopDurable()]).then(() => undefined);
    const stopBot =
      bot && config.botMode !== 'off'
        ? startBot(deps, bot, { mode: config.botMode, miniAppUrl })
        : async () => undefined;

    let closing: Promise<void> | null = null;
    const close = async () => {
      // Stop taking connections at once; jobs and the bot wind down meanwhile, and in-flight
      // requests (draws, imports) finish before the pool closes. Sockets are long-lived, so
      // they are told to go first.
      const draining = shutdown.step(
        'http server',
        async () => {
          io.disconnectSockets(true);
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            requests.closing();
          });
          await io.close().catch(() => undefined);
        },
        () => `http server (${requests.describe()})`,
      );
      await Promise.all([shutdown.step('jobs', stopJobs), shutdown.step('bot', stopBot), draining]);
      await shutdown.step('database pool', () => pool.end());
      await shutdown.step('embedded database', () => database.stop());
    };
    return {
      url: `http://localhost:${port}`,
      deps,
      databaseUrl: database.url,
      close: () => {
        closing ??= close();
        return closing;
      },
    };
  } catch (e) {
    await database.stop().catch(() => undefined);
    throw e;
  }
}

/**
 * The requests a server is answering, for a shutdown that must say what it waits for. Once
 * closing, a keep-alive connection is let go as soon as its request is answered instead of
 * idling on until its timeout.
 */
function trackRequests(server: http.Server) {
  const inFlight = new Set<http.IncomingMessage>();
  let closing = false;
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight.add(req);
    res.once('close', () => {
      inFlight.delete(req);
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    closing() {
      closing = true;
      server.closeIdleConnections();
    },
    describe() {
      // The path only: a query string can carry a login token.
      const shown = [...inFlight].slice(0, 10).map((r) => {
        // Express rewrites `url` inside a router; `originalUrl` is what the client asked for.
        const asked = (r as { originalUrl?: string }).originalUrl ?? r.url ?? '';
        return `${r.method} ${asked.split('?')[0]}`;
      });
      const more = inFlight.size > shown.length ? `, and ${inFlight.size - shown.length} more` : '';
      return `${inFlight.size} request${inFlight.size === 1 ? '' : 's'} in flight${shown.length ? `: ${shown.join(', ')}` : ''}${more}`;
    },
  };
}
