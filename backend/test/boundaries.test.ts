import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');
const RULE = 'lint/style/noRestrictedImports';

/** One import at one path; `refused` is a phrase of the message that must name the way out, or null if allowed. */
type Case = { at: string; imports: string; refused: string | null };

const TRANSPORT = 'The domain knows no transport';
const CALLERS = 'The domain does not import its callers';
const DATA = 'reach data through a domain operation';
const SIBLING = 'A dashboard feature does not import another feature';

const refused = (at: string, imports: string, phrase: string): Case => ({ at, imports, refused: phrase });
const allowed = (at: string, imports: string): Case => ({ at, imports, refused: null });

const DOMAIN = 'backend/src/domain/pools';
const ROUTES = 'backend/src/http/routes';
const FEATURES = 'backend/src/bot/features';
const DASHBOARD = 'web-dashboard/src/features/requests';

const CASES: Case[] = [
  // The domain: no transport, and none of its callers.
  refused(DOMAIN, `import { Router as x } from 'express';`, TRANSPORT),
  refused(DOMAIN, `import { Composer as x } from 'grammy';`, TRANSPORT),
  refused(DOMAIN, `import type { UserFromGetMe as x } from 'grammy/types';`, TRANSPORT),
  refused(DOMAIN, `import { autoRetry as x } from '@grammyjs/auto-retry';`, TRANSPORT),
  refused(DOMAIN, `import { Server as x } from 'socket.io';`, TRANSPORT),
  refused(DOMAIN, `import x from 'multer';`, TRANSPORT),
  refused(DOMAIN, `import { route as x } from '../../http/route.ts';`, CALLERS),
  refused(DOMAIN, `import { botI18n as x } from '../../bot/i18n.ts';`, CALLERS),
  refused(DOMAIN, `import { attachRealtime as x } from '../../realtime/server.ts';`, CALLERS),
  refused('backend/src/domain', `import type { Caller as x } from '../http/auth.ts';`, CALLERS),
  refused(`${DOMAIN}/__tests__`, `import { createBot as x } from '../../../bot/create-bot.ts';`, CALLERS),
  allowed(DOMAIN, `import { eq as x } from 'drizzle-orm';`),
  allowed(DOMAIN, `import { pools as x } from '../../db/schema/index.ts';`),
  allowed(DOMAIN, `import { ServiceError as x } from '../errors.ts';`),
  allowed(DOMAIN, `import { Pool as x } from '@codepool/shared';`),

  // Route files and bot features: data through a domain operation only, type-only imports included.
  ...[ROUTES, FEATURES].flatMap((at) => [
    refused(at, `import { eq as x } from 'drizzle-orm';`, DATA),
    refused(at, `import { pgTable as x } from 'drizzle-orm/pg-core';`, DATA),
    refused(at, `import x from 'pg';`, DATA),
    refused(at, `import type { UserRow as x } from '../../db/schema/index.ts';`, DATA),
    refused(at, `import { openDatabase as x } from '../../db/client.ts';`, DATA),
    refused(at, `const x = () => import('drizzle-orm');`, DATA),
    allowed(at, `import { listPools as x } from '../../domain/pools/list-pools.ts';`),
    allowed(at, `import { Pool as x } from '@codepool/shared';`),
  ]),
  allowed(ROUTES, `import { Router as x } from 'express';`),
  allowed(FEATURES, `import { Composer as x } from 'grammy';`),
  // The outbox dispatcher and the session storage are the bot's infrastructure, not features.
  allowed('backend/src/bot/outbox', `import { notifications as x } from '../../db/schema/index.ts';`),
  allowed('backend/src/bot', `import { botSessions as x } from '../db/schema/index.ts';`),
  allowed('backend/src/http', `import type { UserRow as x } from '../db/schema/index.ts';`),

  // The dashboard's features: lib/, components/, app/ and their own files, never a sibling feature.
  refused(`${DASHBOARD}/components`, `import { listPools as x } from '../../pools/api/list-pools.ts';`, SIBLING),
  refused(`${DASHBOARD}/api`, `import { listPools as x } from '../../../features/pools/api/list-pools.ts';`, SIBLING),
  refused(DASHBOARD, `import { PoolsTable as x } from '../pools/components/pools-table.tsx';`, SIBLING),
  refused(`${DASHBOARD}/api/parts`, `import { listPools as x } from '../../../pools/api/list-pools.ts';`, SIBLING),
  allowed(`${DASHBOARD}/components`, `import { listRequests as x } from '../api/list-requests.ts';`),
  allowed(`${DASHBOARD}/components`, `import { RequestStatus as x } from './request-status.tsx';`),
  allowed(`${DASHBOARD}/components`, `import { apiGet as x } from '../../../lib/api-client.ts';`),
  allowed(`${DASHBOARD}/components`, `import { Button as x } from '../../../components/button.tsx';`),
  allowed(`${DASHBOARD}/components`, `import { routes as x } from '../../../app/routes.tsx';`),
  allowed(DASHBOARD, `import { formatDate as x } from '../../lib/format.ts';`),
  allowed(DASHBOARD, `import { listRequests as x } from './api/list-requests.ts';`),
  allowed(`${DASHBOARD}/api/parts`, `import { formatDate as x } from '../../../../lib/format.ts';`),
  allowed(`${DASHBOARD}/api/parts`, `import { listRequests as x } from '../list-requests.ts';`),
  // Pages in app/ are where features meet.
  allowed('web-dashboard/src/app/pages', `import { listPools as x } from '../../features/pools/api/list-pools.ts';`),
];

/**
 * Each case as a source file that passes every other check, so a diagnostic on it can only be the boundary.
 * A type-only import is used as a type, anything else as a value.
 */
const source = (c: Case) =>
  c.imports.startsWith('import type')
    ? `${c.imports}\n\nexport type Sample = x;\n`
    : `${c.imports}\n\nexport const sample = x;\n`;

const fileName = (at: string, i: number) => `case-${i}.${at.startsWith('web-dashboard') ? 'tsx' : 'ts'}`;

const run = promisify(execFile);

/**
 * The boundaries as `npm run lint` (`biome check .`) enforces them, with the repository's own
 * biome.json: a deliberate violation of each fails naming noRestrictedImports and its message,
 * and an allowed import at the same path passes. biome decides which rules apply by a file's
 * path, and in --stdin-file-path mode it prints no diagnostics (biome 2.x, by design), so the
 * cases are files in a scratch copy of the layout, never written into the tree.
 */
describe('import boundaries (biome noRestrictedImports)', () => {
  let dir: string;
  const found = new Map<string, { category: string; message: string }[]>();

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-boundaries-'));
    await fs.copyFile(path.join(ROOT, 'biome.json'), path.join(dir, 'biome.json'));
    await Promise.all(
      CASES.map(async (c, i) => {
        const file = path.join(dir, c.at, fileName(c.at, i));
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.writeFile(file, source(c));
      }),
    );
    // The scratch folder is no git checkout: the ignore file is the only thing vcs would add.
    const args = ['check', '--vcs-enabled=false', '--reporter=github', '--max-diagnostics=none', '.'];
    const output = await run(BIOME, args, { cwd: dir }).then(
      (r) => r.stdout,
      (e: { stdout?: string }) => e.stdout ?? '',
    );
    // ::error title=<category>,file=<path>,line=…::<message>
    for (const [, category, file, message] of output.matchAll(/^::\w+ title=([^,]+),file=([^,]+),[^:]*::(.*)$/gm)) {
      const key = path.relative(dir, file ?? '');
      found.set(key, [...(found.get(key) ?? []), { category: category ?? '', message: message ?? '' }]);
    }
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('runs in npm test: the root test script runs lint, and lint is biome check', async () => {
    const { scripts } = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8'));
    expect(scripts.lint).toBe('biome check .');
    expect(scripts.test).toContain('npm run lint');
  });

  CASES.forEach(({ at, imports, refused }, i) => {
    it(`${refused === null ? 'allows' : 'refuses'} in ${at}/: ${imports}`, () => {
      const diagnostics = found.get(path.join(at, fileName(at, i))) ?? [];
      if (refused === null) expect(diagnostics).toEqual([]);
      else expect(diagnostics).toEqual([{ category: RULE, message: expect.stringContaining(refused) }]);
    });
  });
});
