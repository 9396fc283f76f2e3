import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const backend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(args: string[], env: Record<string, string>) {
  // node --import tsx, as npm start runs it: the awaited process is the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: backend,
    env: { ...process.env, INIT_CWD: backend, LOG_LEVEL: 'warn', ...env },
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => out, done };
}

async function waitFor(check: () => boolean, what: string, ms = 60_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the codepool command on the embedded default', () => {
  let dataDir: string;
  let server: ReturnType<typeof run> & { child: ChildProcess };
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-cli-'));
    server = run(['start'], { DATA_DIR: dataDir, PORT: '0' });
    await waitFor(() => server.output().includes('Codepool is running'), 'the server to start');
  });
  afterAll(async () => {
    server.child.kill('SIGTERM');
    await server.done;
    await fs.rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });

  it('start prints where everything is, and the printed URLs answer', async () => {
    const out = server.output();
    const api = out.match(/API\s+(http:\/\/localhost:\d+)\/api/)?.[1];
    expect(api).toBeDefined();
    for (const label of ['OpenAPI', 'Health', 'Mini App', 'Dashboard', 'seller-token']) expect(out).toContain(label);
    expect(out).toContain('created a development key file');
    const health = await fetch(`${api}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const doc = (await (await fetch(`${api}/api/openapi.json`)).json()) as { openapi: string };
    expect(doc.openapi).toBe('3.0.3');
  });

  it('seller-token beside a running server uses its database and prints a token that works there', async () => {
    const cli = run(['seller-token', '4242'], { DATA_DIR: dataDir });
    expect(await cli.done).toBe(0);
    const token = cli.output().trim().split('\n').at(-1) ?? '';
    expect(token).toMatch(/^cp_[A-Za-z0-9_-]{43}$/);
    const api = server.output().match(/API\s+(http:\/\/localhost:\d+)\/api/)?.[1];
    const pools = await fetch(`${api}/api/pools`, { headers: { authorization: `Bearer ${token}` } });
    expect(pools.status).toBe(200);
    expect(await pools.json()).toEqual([]);
  });

  it('demo plays the whole story and says what each step proves', async () => {
    const demo = run(['demo'], { DATA_DIR: dataDir });
    expect(await demo.done).toBe(0);
    const out = demo.output();
    expect(out).toContain('1000 codes added');
    expect(out).toContain('accepted 0, duplicates 1');
    // A capped variant refuses more than it may sell, naming how many are left.
    expect(out).toContain(
      'the listing now sells 2 variants from 25 Stars. Asking for 2 of it: 409 "only 1 left of Launch edition"',
    );
    expect(out).toContain('the oldest code in the pool: yes');
    expect(out).toContain('Replaying the payment: duplicate. Another buyer revealing it: 404.');
    expect(out).toContain('available 999, delivered 1');
    // The supplier-backed sale, bought from the sandbox it started, and saying so.
    expect(out).toContain('LOCAL KINGUIN-COMPATIBLE SANDBOX');
    expect(out).toMatch(/the request is preparing/);
    expect(out).toContain('the sandbox sold exactly 1 order, and it is this key: yes');
  });

  it('a bad configuration stops the start and names the variable', async () => {
    const bad = run(['start'], { DATA_DIR: dataDir, PORT: 'eighty' });
    expect(await bad.done).toBe(1);
    expect(bad.output()).toContain('PORT');
  });
});
