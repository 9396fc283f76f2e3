import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { webhookCallback } from 'grammy';
import { createBot } from './bot/create-bot.ts';
import { startBot } from './bot/start-bot.ts';
import { createTelegramGateway } from './bot/telegram-gateway.ts';
import type { Config } from './config.ts';
import { loadKeyRing } from './crypto/keyring.ts';
import { createDb } from './db/client.ts';
import { openEmbeddedDatabase } from './db/embedded.ts';
import { runMigrations } from './db/migrate.ts';
import type { Deps, EventSink, Settings } from './domain/context.ts';
import { createApp } from './http/app.ts';
import { startJobs } from './jobs/scheduler.ts';
import { createLogger, type Logger } from './lib/logger.ts';
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
  };
}

/** The database this configuration names: DATABASE_URL, or the embedded server under DATA_DIR. */
export async function openDatabase(config: Config, log: Logger) {
  if (config.databaseUrl) return { url: config.databaseUrl, owned: false, stop: async () => undefined };
  return openEmbeddedDatabase({ dataDir: config.dataDir, log: (m) => log.info(m) });
}

/** Opens the database, applies migrations, loads keys, and serves HTTP and socket.io on one port. */
export async function startServer(
  config: Config,
  log = createLogger(config.logLevel),
  { jobs = true }: { jobs?: boolean } = {},
): Promise<Running> {
  const database = await openDatabase(config, log);
  try {
    await runMigrations(database.url);
    const keys = await loadKeyRing({
      spec: config.keys,
      dataDir: config.dataDir,
      production: config.production,
      log: (m) => log.warn(m),
    });
    const { db, pool } = createDb(database.url, { max: config.databasePoolMax });
    const settings = settingsOf(config);
    const auth = { botToken: config.botToken, initDataMaxAgeS: config.initDataMaxAgeS };
    // Events go out through socket.io, wired once the HTTP server exists.
    const sink: { current: EventSink } = { current: { toUser: () => undefined } };
    const deps: Deps = { db, keys, log, settings, events: { toUser: (u, e, p) => sink.current.toUser(u, e, p) } };
    const base = () => config.publicUrl ?? `http://localhost:${(server.address() as AddressInfo).port}`;
    const miniAppUrl = config.publicUrl?.startsWith('https://') ? `${config.publicUrl}/app/` : null;
    const bot = config.botToken
      ? createBot(deps, { token: config.botToken, apiRoot: config.telegramApiRoot, publicUrl: base, miniAppUrl })
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
    });
    const server = http.createServer(app);
    const { io, events } = createRealtime(
      server,
      deps,
      auth,
      config.socketAdapter === 'postgres' ? { pgPool: pool } : {},
    );
    sink.current = events;

    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    const stopJobs = jobs ? startJobs(deps, config.jobTickS ? { everyS: config.jobTickS } : {}) : async () => undefined;
    const stopBot =
      bot && config.botMode !== 'off'
        ? await startBot(deps, bot, { mode: config.botMode, miniAppUrl })
        : async () => undefined;

    return {
      url: `http://localhost:${port}`,
      deps,
      databaseUrl: database.url,
      close: async () => {
        await stopJobs();
        await stopBot();
        // Stop taking connections and let in-flight requests (draws, imports) finish before
        // the pool closes; sockets are long-lived, so they are told to go first.
        io.disconnectSockets(true);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await io.close().catch(() => undefined);
        await pool.end();
        await database.stop();
      },
    };
  } catch (e) {
    await database.stop().catch(() => undefined);
    throw e;
  }
}
