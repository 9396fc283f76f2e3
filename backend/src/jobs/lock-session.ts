import pg from 'pg';

/**
 * Job locks live on a connection of their own, outside the pool: a job holds its lock for
 * its whole run while its body needs pooled connections of its own, so a lock on a pooled
 * connection took one away from every run (with DATABASE_POOL_MAX=1 the body waited for the
 * lock's connection for ever). One session per pool is shared by every job of the process,
 * opened when a run starts and closed when the last one ends. If it is lost, the server has
 * released its locks; the next run opens a new one.
 */
class LockSession {
  #client: Promise<pg.Client> | null = null;
  #users = 0;
  /** Session locks are re-entrant: the same name twice in this process must still be refused. */
  readonly #held = new Set<string>();

  constructor(private readonly options: pg.ClientConfig) {}

  #connect(): Promise<pg.Client> {
    if (!this.#client) {
      const client = new pg.Client(this.options);
      const connecting = client.connect().then(() => client);
      // A lost session must not crash the process; its locks went with it.
      client.on('error', () => {
        if (this.#client === connecting) this.#client = null;
      });
      client.on('end', () => {
        if (this.#client === connecting) this.#client = null;
      });
      connecting.catch(() => {
        if (this.#client === connecting) this.#client = null;
      });
      this.#client = connecting;
    }
    return this.#client;
  }

  /** Takes the lock named `key` if nobody (here or in another process) holds it; null otherwise. */
  async tryLock(key: string): Promise<(() => Promise<void>) | null> {
    if (this.#held.has(key)) return null;
    this.#held.add(key);
    this.#users++;
    let client: pg.Client | null = null;
    try {
      client = await this.#connect();
      const { rows } = await client.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok',
        [key],
      );
      if (!rows[0]?.ok) {
        await this.#done(key);
        return null;
      }
    } catch (e) {
      await this.#done(key);
      throw e;
    }
    const held = client;
    return async () => {
      await held.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]).catch(() => undefined);
      await this.#done(key);
    };
  }

  async #done(key: string) {
    this.#held.delete(key);
    this.#users--;
    if (this.#users > 0 || !this.#client) return;
    const closing = this.#client;
    this.#client = null;
    await closing.then((c) => c.end()).catch(() => undefined);
  }
}

const sessions = new WeakMap<pg.Pool, LockSession>();

/** The lock session beside `pool`, with the pool's connection settings. */
export function lockSessionOf(pool: pg.Pool): LockSession {
  let session = sessions.get(pool);
  if (!session) {
    const { connectionString, host, port, user, password, database, ssl, statement_timeout, connectionTimeoutMillis } =
      pool.options;
    session = new LockSession({
      connectionString,
      host,
      port,
      user,
      password,
      database,
      ssl,
      statement_timeout,
      connectionTimeoutMillis,
      application_name: 'codepool job locks',
    });
    sessions.set(pool, session);
  }
  return session;
}
