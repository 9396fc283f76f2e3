import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openEmbeddedDatabase, withDatabase } from '../src/db/embedded.ts';
import { runMigrations } from '../src/db/migrate.ts';

/**
 * One real PostgreSQL for the whole run (the same embedded server `npm start` uses),
 * migrated once into a template database; every test file clones its own database
 * from it, so files run in parallel without seeing each other's rows.
 */
export default async function setup(project: TestProject) {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-test-'));
  // Durability is not under test; speed is welcome.
  const server = await openEmbeddedDatabase({
    dataDir,
    log: () => undefined,
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
  });
  const templateUrl = withDatabase(server.url, 'codepool_template');
  const admin = withDatabase(server.url, 'postgres');
  const { ensureDatabase } = await import('../src/db/embedded.ts');
  await ensureDatabase(admin, 'codepool_template');
  await runMigrations(templateUrl);
  project.provide('pgAdminUrl', admin);
  return async () => {
    await server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
