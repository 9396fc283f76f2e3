import { isIP } from 'node:net';
import path from 'node:path';
import { FILE_CONTENT_TYPES, type FileContentType } from '@codepool/shared';
import { z } from 'zod';
import { parseObjectStoreUrl } from './files/object-store-url.ts';

const BotMode = z.enum(['polling', 'webhook', 'off']);

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  /** Connections per backend process: a few per core of the database beats one per caller. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  BOT_TOKEN: z
    .string()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'must look like 123456:ABC… from @BotFather')
    .optional(),
  BOT_MODE: BotMode.optional(),
  PAYMENT_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  CODEPOOL_KEYS: z.string().optional(),
  INIT_DATA_MAX_AGE_S: z.coerce.number().int().positive().default(86_400),
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  JSON_BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/i, 'like 2mb or 512kb')
    .default('2mb'),
  SOCKET_ADAPTER: z.enum(['memory', 'postgres']).default('memory'),
  JOB_TICK_S: z.coerce.number().int().min(1).max(59).optional(),
  SWEEPER_GRACE_S: z.coerce.number().int().min(0).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  UNPAID_REQUEST_TTL_MIN: z.coerce.number().int().positive().default(30),
  DISPUTE_WINDOW_H: z.coerce.number().int().positive().default(48),
  DISPUTE_RESPONSE_H: z.coerce.number().int().positive().default(48),
  INVALID_DISPUTE_LIMIT_PCT: z.coerce.number().int().min(1).max(100).default(20),
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, '16–256 letters, digits, _ or -')
    .optional(),
  /** Development only: lets `POST /api/requests/:id/dev-fund` fund without paying. Production refuses it. */
  DEV_FUNDING: z
    .enum(['on', 'off'])
    .default('off')
    .transform((v) => v === 'on'),
  /** How long a shutdown may take before the process stops its embedded database and exits non-zero. */
  SHUTDOWN_TIMEOUT_S: z.coerce.number().positive().max(3600).default(10),
  /** Restarts of a dead embedded PostgreSQL per ten minutes before the backend gives up and exits; 0: exit at once. */
  EMBEDDED_DB_RESTARTS: z.coerce.number().int().min(0).max(100).default(5),
  /** How long a caller waits for a pooled database connection before it is answered 503 (ms). */
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /**
   * The longest one statement may run (ms, 0 = no limit). A 5,000-row import batch takes well
   * under a second; maintenance that needs more raises it for itself with `SET LOCAL`.
   */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  /** A transaction left idle this long (ms, 0 = no limit) is ended by the server, freeing its locks and connection. */
  DATABASE_IDLE_TX_TIMEOUT_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  /** Imports run at once by this process (each holds one connection for its whole run); more are answered 503. */
  IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(2),
  /** Durable jobs (supplier orders) this process runs at once. */
  DURABLE_JOB_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  /** How often an idle durable worker looks for jobs that came due; new jobs wake it at once. */
  DURABLE_JOB_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /** Kinguin eCommerce API gateway, for sources that do not name their own base URL. */
  KINGUIN_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://gateway.kinguin.net/esa/api'),
  /** A supplier call that takes longer is abandoned and retried. */
  SUPPLIER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Polls of a supplier order back off from 2 s, doubling, up to this. */
  SUPPLIER_POLL_MAX_S: z.coerce.number().int().min(1).max(3600).default(30),
  /** Failed calls to a supplier retried for one order before it is given up. */
  SUPPLIER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  /** A source pauses when this share (percent) of its recent orders failed… */
  SUPPLIER_PAUSE_PCT: z.coerce.number().int().min(1).max(100).default(50),
  /** …over this many most recent orders, counted once at least SUPPLIER_PAUSE_MIN_ORDERS have finished. */
  SUPPLIER_PAUSE_WINDOW: z.coerce.number().int().min(1).max(1000).default(20),
  SUPPLIER_PAUSE_MIN_ORDERS: z.coerce.number().int().min(1).max(1000).default(5),
  /** May a source's base URL point at a private network? Unset: `deny` in production, `allow` otherwise. */
  SUPPLIER_PRIVATE_NETWORKS: z.enum(['allow', 'deny']).optional(),
  /**
   * Which peers' X-Forwarded-For is believed, for the client address in audit rows: `loopback`
   * (a proxy on this host), a list of addresses, subnets or `linklocal`/`uniquelocal`, a hop
   * count, or `off`. Trusting everyone would let any caller write any address, so there is no `true`.
   */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((v, ctx) => {
      const value = v.trim();
      if (value === 'off' || value === 'false') return false;
      if (/^\d+$/.test(value)) return Number(value);
      const entries = value.split(',').map((e) => e.trim());
      const bad = entries.filter((e) => !isTrustEntry(e));
      if (bad.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `not an address, subnet, loopback, linklocal, uniquelocal, hop count or off: ${bad.join(', ')}`,
        });
        return z.NEVER;
      }
      return entries;
    }),
  /** Auto-pause of a pool needs invalid disputes from at least this many different buyers. */
  INVALID_DISPUTE_MIN_BUYERS: z.coerce.number().int().min(1).max(1000).default(3),
  /** Reconciliation with Telegram's Stars ledger (getStarTransactions): how many days back each run reads. */
  RECONCILE_LOOKBACK_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** The largest file or image item (bytes of the file itself). */
  FILE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1024 * 1024 * 1024, 'at most 1 GB')
    .default(10 * 1024 * 1024),
  /** Content types file pools take (image pools: the image ones among them), comma-separated. */
  FILE_TYPES: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return FILE_CONTENT_TYPES;
      const types = [...new Set(v.split(',').map((t) => t.trim().toLowerCase()))].filter((t) => t !== '');
      const bad = types.filter((t) => !(FILE_CONTENT_TYPES as readonly string[]).includes(t));
      if (bad.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown content type ${bad.join(', ')}; choose among ${FILE_CONTENT_TYPES.join(', ')}`,
        });
        return z.NEVER;
      }
      return types as FileContentType[];
    }),
  /** Files in one file import (a ZIP's entries count one by one). */
  FILE_IMPORT_MAX_FILES: z.coerce.number().int().min(1).max(100_000).default(1000),
  /** Bytes of one file import's upload (several files, or one ZIP), and of a ZIP's expanded entries. */
  FILE_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(200 * 1024 * 1024),
  /** Optional S3-compatible store for file items' encrypted bytes; unset = PostgreSQL. */
  OBJECT_STORE_URL: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return undefined;
      try {
        return parseObjectStoreUrl(v.trim());
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
        return z.NEVER;
      }
    }),
});

function isTrustEntry(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

export type Config = ReturnType<typeof parseConfig>;

export class ConfigError extends Error {}

/** Parses the environment once. A bad value stops the start with a message naming the variable. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.CODEPOOL_KEYS) {
    throw new ConfigError('Invalid configuration:\n  CODEPOOL_KEYS: required in production (see README, "Keys")');
  }
  if (production && e.DEV_FUNDING) {
    throw new ConfigError('Invalid configuration:\n  DEV_FUNDING: funding without payment is refused in production');
  }
  const botMode = e.BOT_MODE ?? (e.BOT_TOKEN ? 'polling' : 'off');
  if (botMode !== 'off' && !e.BOT_TOKEN) {
    throw new ConfigError(`Invalid configuration:\n  BOT_TOKEN: required when BOT_MODE=${botMode}`);
  }
  // npm runs workspace scripts inside the workspace; a relative DATA_DIR means the folder the user ran npm in.
  if (botMode === 'webhook' && !e.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError('Invalid configuration:\n  TELEGRAM_WEBHOOK_SECRET: required when BOT_MODE=webhook');
  }
  if (e.FILE_MAX_BYTES > e.FILE_IMPORT_MAX_BYTES) {
    throw new ConfigError(
      `Invalid configuration:\n  FILE_MAX_BYTES: ${e.FILE_MAX_BYTES} is more than FILE_IMPORT_MAX_BYTES (${e.FILE_IMPORT_MAX_BYTES}): such a file could never be imported`,
    );
  }
  const dataDir = path.resolve(env.INIT_CWD ?? process.cwd(), e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    production,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    databaseUrl: e.DATABASE_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    dataDir,
    botToken: e.BOT_TOKEN,
    botMode,
    paymentWebhookSecret: e.PAYMENT_WEBHOOK_SECRET,
    keys: e.CODEPOOL_KEYS,
    initDataMaxAgeS: e.INIT_DATA_MAX_AGE_S,
    jsonBodyLimit: e.JSON_BODY_LIMIT,
    importMaxBytes: e.IMPORT_MAX_BYTES,
    logLevel: e.LOG_LEVEL,
    jobTickS: e.JOB_TICK_S,
    sweeperGraceS: e.SWEEPER_GRACE_S,
    socketAdapter: e.SOCKET_ADAPTER,
    unpaidRequestTtlMin: e.UNPAID_REQUEST_TTL_MIN,
    disputeWindowH: e.DISPUTE_WINDOW_H,
    disputeResponseH: e.DISPUTE_RESPONSE_H,
    invalidDisputeLimitPct: e.INVALID_DISPUTE_LIMIT_PCT,
    telegramApiRoot: e.TELEGRAM_API_ROOT,
    telegramWebhookSecret: e.TELEGRAM_WEBHOOK_SECRET,
    devFunding: e.DEV_FUNDING,
    shutdownTimeoutS: e.SHUTDOWN_TIMEOUT_S,
    embeddedDbRestarts: e.EMBEDDED_DB_RESTARTS,
    databaseAcquireTimeoutMs: e.DATABASE_ACQUIRE_TIMEOUT_MS,
    databaseStatementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    databaseIdleTxTimeoutMs: e.DATABASE_IDLE_TX_TIMEOUT_MS,
    importConcurrency: e.IMPORT_CONCURRENCY,
    durableJobConcurrency: e.DURABLE_JOB_CONCURRENCY,
    durableJobPollMs: e.DURABLE_JOB_POLL_MS,
    suppliers: {
      kinguinBaseUrl: e.KINGUIN_BASE_URL,
      timeoutMs: e.SUPPLIER_TIMEOUT_MS,
      pollMinS: 2,
      pollMaxS: e.SUPPLIER_POLL_MAX_S,
      maxAttempts: e.SUPPLIER_MAX_ATTEMPTS,
      pausePct: e.SUPPLIER_PAUSE_PCT,
      pauseWindow: e.SUPPLIER_PAUSE_WINDOW,
      pauseMinOrders: e.SUPPLIER_PAUSE_MIN_ORDERS,
      privateNetworks: e.SUPPLIER_PRIVATE_NETWORKS ?? (production ? 'deny' : 'allow'),
    },
    trustProxy: e.TRUST_PROXY,
    invalidDisputeMinBuyers: e.INVALID_DISPUTE_MIN_BUYERS,
    reconcileLookbackDays: e.RECONCILE_LOOKBACK_DAYS,
    files: {
      maxBytes: e.FILE_MAX_BYTES,
      allowedTypes: e.FILE_TYPES,
      importMaxFiles: e.FILE_IMPORT_MAX_FILES,
      importMaxBytes: e.FILE_IMPORT_MAX_BYTES,
    },
    objectStore: e.OBJECT_STORE_URL,
  };
}
