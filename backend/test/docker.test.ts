import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The package is CommonJS (`module.exports = ignore`) while its types declare a default export.
const ignore = createRequire(import.meta.url)('@balena/dockerignore') as typeof import('@balena/dockerignore').default;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/**
 * What `docker build .` would send: every file under the repository that .dockerignore does
 * not exclude, with Docker's own matching rules (@balena/dockerignore is a port of Docker's
 * matcher). Excluded directories are not walked: the file takes nothing back below them
 * but `.env.example`, which lives at the top.
 */
function buildContext(extra: string[]): Set<string> {
  const ig = ignore().add(read('.dockerignore'));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (ig.ignores(rel)) continue;
      if (entry.isDirectory()) walk(rel);
      else files.push(rel);
    }
  };
  walk('');
  return new Set([...files, ...extra.filter((f) => !ig.ignores(f))]);
}

// Files a developer or an operator leaves beside the code: each must stay out of the image.
const SECRETS = [
  '.env',
  '.env.production',
  '.env.local',
  'backend/.env',
  'backend/.env.production',
  'data/keys',
  'data/pg/PG_VERSION',
  'backend/data/keys',
  'data/uploads/01a2.upload',
  'deploy/tls/server.pem',
  'deploy/tls/server.key',
  'certs/client.p12',
  '.npmrc',
  'web-dashboard/.npmrc',
  'id_rsa',
  '.git/config',
];

describe('the Docker build context', () => {
  const context = buildContext(SECRETS);

  it('sends no secret file, wherever it lies', () => {
    expect(SECRETS.filter((f) => context.has(f))).toEqual([]);
    // And none that is really there now, whatever its name.
    expect([...context].filter((f) => /(^|\/)\.env(\.|$)/.test(f) && f !== '.env.example')).toEqual([]);
    expect([...context].filter((f) => /(^|\/)(node_modules|data)\//.test(f))).toEqual([]);
  });

  it('still sends the source the image is built from', () => {
    for (const f of [
      '.env.example',
      'package.json',
      'package-lock.json',
      'Dockerfile',
      'Caddyfile',
      'backend/package.json',
      'backend/src/cli.ts',
      'backend/src/db/migrations/meta/_journal.json',
      'shared/src/index.ts',
      'miniapp/index.html',
      'web-dashboard/index.html',
    ]) {
      expect(context.has(f), f).toBe(true);
    }
    const migrations = fs.readdirSync(path.join(ROOT, 'backend/src/db/migrations')).filter((f) => f.endsWith('.sql'));
    expect(migrations.filter((f) => !context.has(`backend/src/db/migrations/${f}`))).toEqual([]);
  });
});

const lastIndex = (lines: string[], match: (l: string) => boolean) =>
  lines.length - 1 - [...lines].reverse().findIndex(match);

describe('the Docker image', () => {
  /** The instructions of the Dockerfile's last stage, the one that runs. */
  const finalStage = () => {
    const lines = read('Dockerfile')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const from = lastIndex(lines, (l) => /^FROM\s/i.test(l));
    return lines.slice(from);
  };

  it('runs as a user that is not root', () => {
    const users = finalStage().filter((l) => /^USER\s/i.test(l));
    expect(users.length).toBeGreaterThan(0);
    const user = users.at(-1)?.split(/\s+/)[1] ?? '';
    const [name = '', group] = user.split(':');
    expect(['root', '0', '']).not.toContain(name);
    if (group !== undefined) expect(['root', '0']).not.toContain(group);
  });

  it('lets that user write its data directory, and nothing runs as root after the switch', () => {
    const stage = finalStage();
    const userAt = lastIndex(stage, (l) => /^USER\s/i.test(l));
    expect(stage.slice(0, userAt).some((l) => /^RUN\s.*chown\s+(node|1000)\S*\s+.*\/app\/data/.test(l))).toBe(true);
    expect(stage.slice(userAt + 1).filter((l) => /^(USER|RUN)\s/i.test(l))).toEqual([]);
  });

  it('is deployed trusting only its own network’s proxy for client addresses', () => {
    expect(read('docker-compose.yml')).toMatch(/^\s+TRUST_PROXY:\s*loopback,uniquelocal\s*$/m);
  });
});

describe('the backend container’s start command', () => {
  /** The shell the compose file runs before the server, with the server itself left out. */
  const copyStep = () => {
    const compose = read('docker-compose.yml');
    const command = /command: >\n((?:\s{6,}.*\n)+)/.exec(compose)?.[1];
    if (!command) throw new Error('no folded command: in docker-compose.yml');
    const shell = /sh -c "([\s\S]*)"/.exec(command.replace(/\n\s+/g, ' '))?.[1] ?? '';
    return shell.replace(/&&\s*exec node .*$/, '').trim();
  };

  it('publishes the web builds in place on every start, never nested one level deeper', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codepool-compose-'));
    for (const app of ['miniapp', 'web-dashboard']) {
      fs.mkdirSync(path.join(dir, app, 'dist'), { recursive: true });
      fs.writeFileSync(path.join(dir, app, 'dist', 'index.html'), app);
    }
    const step = copyStep().replaceAll('/app/web', path.join(dir, 'volume'));
    // A restart runs the same command against the volume the first start filled.
    for (let start = 0; start < 2; start++) execFileSync('sh', ['-c', step], { cwd: dir });
    const volume = path.join(dir, 'volume');
    expect(fs.readdirSync(volume).sort()).toEqual(['dashboard', 'miniapp']);
    expect(fs.readdirSync(path.join(volume, 'miniapp'))).toEqual(['index.html']);
    expect(fs.readdirSync(path.join(volume, 'dashboard'))).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(volume, 'dashboard', 'index.html'), 'utf8')).toBe('web-dashboard');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
