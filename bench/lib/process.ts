import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The backend's command line, as `npm start` runs it. */
export const BACKEND_CLI = path.join(here, '../../backend/src/cli.ts');
/** What the backend prints when it listens; the first group is its port. */
export const BACKEND_READY = /API\s+http:\/\/localhost:(\d+)\/api/;

/**
 * Starts `node --import tsx <args>` with `env` added, and resolves when its output matches
 * `ready` (with the match); rejects, with the end of its output, if it exits first.
 */
export function startProcess(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray; port: string }> {
  // BENCH_CPU_PROF=<dir>: a V8 CPU profile of each started process, written there when it exits.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d;
      const match = ready.exec(out);
      if (match) resolve({ child, match, port: match[1] ?? '' });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', () => reject(new Error(`process exited:\n${out.slice(-3000)}`)));
  });
}

/**
 * The backend as `npm start` runs it, on `databaseUrl` with its data in `dir`, on a free port of
 * 127.0.0.1, logging warnings only; `env` adds to that or overrides it.
 */
export function startBackend(
  { databaseUrl, dir, keys }: { databaseUrl: string; dir: string; keys: string },
  env: Record<string, string>,
) {
  return startProcess(
    [BACKEND_CLI, 'start'],
    {
      DATABASE_URL: databaseUrl,
      DATA_DIR: dir,
      CODEPOOL_KEYS: keys,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      INIT_CWD: dir,
      ...env,
    },
    BACKEND_READY,
  );
}
