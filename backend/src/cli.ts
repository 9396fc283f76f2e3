import { parseArgs } from 'node:util';
import { ConfigError, parseConfig } from './config.ts';
import { loadKeyRing } from './crypto/keyring.ts';
import { createDb } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { withActor } from './domain/context.ts';
import { createApiToken } from './domain/users/api-tokens.ts';
import { upsertTelegramUser } from './domain/users/upsert-telegram-user.ts';
import { createLogger } from './lib/logger.ts';
import { openDatabase, startServer } from './server.ts';

const USAGE = `codepool <command>

  start                         run the marketplace (API, socket.io, Mini App, dashboard)
  migrate                       apply database migrations and exit
  seller-token <telegramId>     make that Telegram user a seller and print a new API token
      [--name <token name>]
  demo                          play the whole story once on this database, step by step

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
    case 'demo': {
      const { runDemo } = await import('./demo.ts');
      return runDemo(config);
    }
    default:
      console.log(USAGE);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

async function start(config: ReturnType<typeof parseConfig>) {
  const log = createLogger(config.logLevel);
  const running = await startServer(config, log);
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
      '  the whole story:      npm run demo',
    );
  }
  if (!config.botToken) lines.push('  (Mini App sign-in and the bot need BOT_TOKEN; see the README)');
  console.log(lines.join('\n'));
  const stop = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

async function sellerToken(config: ReturnType<typeof parseConfig>, args: string[]) {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { name: { type: 'string' } } });
  const telegramId = Number(positionals[0]);
  if (!Number.isSafeInteger(telegramId) || telegramId <= 0) {
    console.error('usage: codepool seller-token <telegramId> [--name <token name>]');
    process.exitCode = 2;
    return;
  }
  const log = createLogger('warn');
  const database = await openDatabase(config, log);
  try {
    await runMigrations(database.url);
    const { db, pool } = createDb(database.url, { max: 2 });
    const keys = await loadKeyRing({
      spec: config.keys,
      dataDir: config.dataDir,
      production: config.production,
      log: console.error,
    });
    const user = await upsertTelegramUser(db, { id: telegramId, first_name: `Seller ${telegramId}` }, { seller: true });
    const ctx = withActor(
      {
        db,
        keys,
        log,
        events: { toUser: () => undefined },
        settings: { unpaidRequestTtlMin: 30, disputeWindowH: 48, devFunding: false },
      },
      { type: 'seller', userId: user.id },
    );
    const { token } = await createApiToken(ctx, { name: values.name ?? 'cli' });
    await pool.end();
    console.log(`Seller ${telegramId} (user ${user.id}) — API token, shown once:`);
    console.log(token);
  } finally {
    await database.stop();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof ConfigError) console.error(e.message);
  else console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
