// Start-up and footprint, as a new user meets them: a fresh clone of this repository, `npm install`,
// then `npm start` (build the Mini App and the dashboard, start the backend on its embedded
// PostgreSQL) timed to `/readyz` answering ready; then, idle, the memory of the backend and of its
// PostgreSQL (PSS: shared pages split between the processes sharing them), and the Mini App's
// JavaScript as a first load fetches it (gzip) against all of it.
// `npm run bench -- startup [--keep] [--idle-s 10]`
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Every process under `pid`, `pid` included, from /proc. */
async function tree(pid: number): Promise<number[]> {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const tasks = await fs.readdir(`/proc/${out[i]}/task`).catch(() => [] as string[]);
    for (const t of tasks) {
      const children = await fs.readFile(`/proc/${out[i]}/task/${t}/children`, 'utf8').catch(() => '');
      for (const c of children.split(' ').filter(Boolean)) out.push(Number(c));
    }
  }
  return out;
}

/** A process's command name and its proportional set size in MB (shared pages split). */
async function footprint(pid: number): Promise<{ comm: string; pssMb: number }> {
  const comm = (await fs.readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '')).trim();
  const rollup = await fs.readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  const kb = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
  return { comm, pssMb: kb / 1024 };
}

async function until(check: () => Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** The Mini App's JavaScript: what index.html loads (its entry and modulepreloads), and every chunk. */
async function miniAppJs(dist: string) {
  const html = await fs.readFile(path.join(dist, 'index.html'), 'utf8');
  const first = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => path.basename(m[1] as string));
  const assets = (await fs.readdir(path.join(dist, 'assets'))).filter((f) => f.endsWith('.js'));
  let firstKb = 0;
  let totalKb = 0;
  for (const f of assets) {
    const kb = gzipSync(await fs.readFile(path.join(dist, 'assets', f)), { level: 9 }).length / 1024;
    totalKb += kb;
    if (first.includes(f)) firstKb += kb;
  }
  return { firstKb, totalKb, chunks: assets.length };
}

export async function run(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { keep: { type: 'boolean', default: false }, 'idle-s': { type: 'string', default: '10' } },
  });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-startup-'));
  // Run as root, the embedded PostgreSQL runs as the `postgres` user, who must reach the clone.
  await fs.chmod(dir, 0o755);
  const clone = path.join(dir, 'codepool');
  console.log(`cloning ${root} into ${clone}`);
  execFileSync('git', ['clone', '--quiet', root, clone]);
  const installStart = Date.now();
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: clone, stdio: 'inherit' });
  const installS = (Date.now() - installStart) / 1000;

  const port = await freePort();
  const started = Date.now();
  const child = spawn('npm', ['start'], {
    cwd: clone,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'warn' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout.on('data', (b: Buffer) => {
    printed += b.toString();
  });
  child.stderr.on('data', (b: Buffer) => {
    printed += b.toString();
  });
  try {
    const exited = () => child.exitCode !== null || child.signalCode !== null;
    const ready = await until(async () => {
      if (exited()) return true;
      const res = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
      return res?.status === 200;
    }, 600_000);
    if (exited()) throw new Error(`npm start exited before it was ready:\n${printed.slice(-4000)}`);
    if (!ready) throw new Error(`npm start was not ready within 10 minutes:\n${printed.slice(-4000)}`);
    const startS = (Date.now() - started) / 1000;
    console.log(`npm start → /readyz ready in ${startS.toFixed(1)} s (npm install took ${installS.toFixed(1)} s)`);

    await new Promise((r) => setTimeout(r, Number(values['idle-s']) * 1000));
    const pids = await tree(child.pid ?? 0);
    const parts = await Promise.all(pids.map(footprint));
    const backendMb = parts.filter((p) => p.comm === 'node').reduce((s, p) => s + p.pssMb, 0);
    const postgresMb = parts.filter((p) => p.comm.startsWith('postgres')).reduce((s, p) => s + p.pssMb, 0);
    const otherMb = parts.reduce((s, p) => s + p.pssMb, 0) - backendMb - postgresMb;
    console.log(
      `idle after ${values['idle-s']} s: backend (node) ${backendMb.toFixed(0)} MB, PostgreSQL (${parts.filter((p) => p.comm.startsWith('postgres')).length} processes) ${postgresMb.toFixed(0)} MB, npm and shells ${otherMb.toFixed(0)} MB (PSS)`,
    );

    const js = await miniAppJs(path.join(clone, 'miniapp', 'dist'));
    console.log(
      `Mini App JavaScript (gzip): first load ${js.firstKb.toFixed(1)} KB, all ${js.chunks} chunks ${js.totalKb.toFixed(1)} KB`,
    );
    console.log(
      `RESULT startup start_s=${startS.toFixed(1)} install_s=${installS.toFixed(1)} idle_backend_mb=${backendMb.toFixed(0)} idle_postgres_mb=${postgresMb.toFixed(0)} idle_total_mb=${(backendMb + postgresMb).toFixed(0)} miniapp_first_js_gzip_kb=${js.firstKb.toFixed(1)} miniapp_all_js_gzip_kb=${js.totalKb.toFixed(1)}`,
    );
  } finally {
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
    }
    await until(async () => child.exitCode !== null || child.signalCode !== null, 30_000);
    if (!values.keep) await fs.rm(dir, { recursive: true, force: true });
    else console.log(`kept ${dir}`);
  }
}
