import { sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Config } from '../config.ts';
import { DatabaseUnavailableError, databaseUnavailable, hasOtherSqlstate } from '../domain/pg-errors.ts';
import * as schema from './schema/index.ts';

export type Db = NodePgDatabase<typeof schema> & { $client: pg.Pool };
/** A transaction handle; operations accept either, so a caller can compose them in its own transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

// Timestamps come back as Date objects and bigint counts as numbers small enough for JS.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export type DbOptions = {
  /** Connections in the pool. */
  max?: number;
  /** How long a caller waits for a free connection (or a new one) before DatabaseUnavailableError; 0 = forever. */
  acquireTimeoutMs?: number;
  /** Server-side limit per statement (ms, 0 = none); a session may raise it with `SET LOCAL statement_timeout`. */
  statementTimeoutMs?: number;
  /** The server ends a session left idle inside a transaction this long (ms, 0 = none). */
  idleInTransactionTimeoutMs?: number;
};

export const DB_DEFAULTS = {
  acquireTimeoutMs: 5_000,
  statementTimeoutMs: 60_000,
  idleInTransactionTimeoutMs: 60_000,
} as const;

/** The pool's size and timeouts from the configuration; `max` for a one-shot command's smaller pool. */
export function dbOptionsOf(config: Config, { max = config.databasePoolMax }: { max?: number } = {}): DbOptions {
  return {
    max,
    acquireTimeoutMs: config.databaseAcquireTimeoutMs,
    statementTimeoutMs: config.databaseStatementTimeoutMs,
    idleInTransactionTimeoutMs: config.databaseIdleTxTimeoutMs,
  };
}

/**
 * A connection lost under a running query fails it with a bare Error ("Connection terminated
 * unexpectedly") or a socket error, neither with a SQLSTATE: this client notices the loss on
 * its own connection (its listeners run before pg's, which fail the queries) and says so.
 */
class Client extends pg.Client {
  #lost = false;
  #ending = false;

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // pg-pool listens for errors only while a client is idle. One checked out for a
    // transaction whose server goes away would emit 'error' to nobody — an uncaught
    // exception that ends the process. The failure reaches the running (or next) query
    // anyway, and the pool drops the broken client when it is released.
    this.on('error', () => undefined);
    this.connection.on('error', () => {
      this.#lost = true;
    });
    this.connection.once('end', () => {
      if (!this.#ending) this.#lost = true;
    });
  }

  #tag(err: unknown): unknown {
    if (!err || !this.#lost || databaseUnavailable(err)) return err;
    return new DatabaseUnavailableError('connection_lost', { cause: err });
  }

  override end(...args: unknown[]): never {
    this.#ending = true;
    return (super.end as (...a: unknown[]) => never)(...args);
  }

  // pg's query has a dozen overloads; this only wraps the failure of whichever was used.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (err: unknown, res: unknown) => last(this.#tag(err), res);
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.catch((e: unknown) => {
        throw this.#tag(e);
      }) as never;
    }
    return result as never;
  }
}

type ConnectCallback = (
  err: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

/**
 * Not getting a connection at all — server down or restarting, none free within the acquire
 * timeout, the pool closing — is "the database is unavailable"; a refusal with its own
 * SQLSTATE (a wrong password, a missing database) is a configuration error and stays itself.
 */
function unavailable(err: unknown, acquireTimedOut: boolean): Error {
  if (databaseUnavailable(err) || hasOtherSqlstate(err)) return err as Error;
  return new DatabaseUnavailableError(acquireTimedOut ? 'acquire_timeout' : 'unreachable', { cause: err });
}

/** pg-pool's two messages for "no connection within connectionTimeoutMillis". */
const ACQUIRE_TIMEOUT_MESSAGE =
  /^(timeout exceeded when trying to connect|Connection terminated due to connection timeout)/;
const TIMER_SLACK_MS = 25;

class Pool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | undefined {
    const started = performance.now();
    const limit = this.options.connectionTimeoutMillis ?? 0;
    // pg-pool says so in its message; the clock is the fallback, with slack because a
    // timer is armed from the event loop's cached time and may fire a few ms "early".
    const timedOut = (err: unknown) =>
      limit > 0 &&
      ((err instanceof Error && ACQUIRE_TIMEOUT_MESSAGE.test(err.message)) ||
        performance.now() - started >= limit - TIMER_SLACK_MS);
    if (callback) {
      super.connect((err, client, done) => callback(err ? unavailable(err, timedOut(err)) : undefined, client, done));
      return;
    }
    return super.connect().catch((e: unknown) => {
      throw unavailable(e, timedOut(e));
    });
  }
}

/**
 * The pool every operation uses. Nothing waits forever: a caller gets a connection within
 * the acquire timeout or a DatabaseUnavailableError (503 at the HTTP edge); every statement
 * and every idle transaction is bounded by the server (sent as startup parameters, so no
 * extra round trip per connection).
 */
export function createDb(url: string, options: DbOptions = {}) {
  const {
    max = 10,
    acquireTimeoutMs = DB_DEFAULTS.acquireTimeoutMs,
    statementTimeoutMs = DB_DEFAULTS.statementTimeoutMs,
    idleInTransactionTimeoutMs = DB_DEFAULTS.idleInTransactionTimeoutMs,
  } = options;
  const pool = new Pool({
    connectionString: url,
    max,
    Client,
    connectionTimeoutMillis: acquireTimeoutMs,
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    ...(idleInTransactionTimeoutMs > 0 ? { idle_in_transaction_session_timeout: idleInTransactionTimeoutMs } : {}),
  });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzle({ client: pool, schema, casing: 'snake_case' });
  return { db, pool };
}

/**
 * Lifts DATABASE_STATEMENT_TIMEOUT_MS for the rest of one transaction, for a bulk statement
 * that may rightly run longer (withdrawing a multi-million-row batch, re-encrypting keys).
 * `SET LOCAL` ends with the transaction, so the pooled connection goes back bounded.
 */
export async function allowLongStatements(tx: Tx, limit = '15min') {
  await tx.execute(sql`SELECT set_config('statement_timeout', ${limit}, true)`);
}
