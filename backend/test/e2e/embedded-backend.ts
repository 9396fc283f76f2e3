import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BackendProcess, startBackendProcess } from './backend-process.ts';

/**
 * `codepool start` on the embedded default, in a fresh DATA_DIR: what a developer runs with
 * `npm start` (minus the web build). The helpers below look at what the process owns from
 * outside, as an operator would: the postmaster's pid file and the connection file.
 */
export async function startEmbeddedBackend(env: Record<string, string> = {}, { detached = false } = {}) {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-life-'));
  let proc: BackendProcess;
  try {
    proc = await startBackendProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env }, { detached });
  } catch (e) {
    await fs.rm(dataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    ...proc,
    dataDir,
    /** The running postmaster's pid, from the file PostgreSQL itself keeps. */
    postmasterPid: async () =>
      Number.parseInt((await fs.readFile(path.join(dataDir, 'pg/postmaster.pid'), 'utf8')).split('\n')[0] ?? '', 10),
    /** The port `data/pg-connection.json` names for other commands; 0 or null when it names none. */
    recordedPort: async () =>
      fs.readFile(path.join(dataDir, 'pg-connection.json'), 'utf8').then(
        (t) => (JSON.parse(t) as { port: number }).port,
        () => null,
      ),
    /** The exit code, or a rejection if the process is still alive after `ms`. */
    exitWithin: (ms: number) =>
      Promise.race([
        proc.exited,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`still running after ${ms} ms:\n${proc.output()}`)), ms),
        ),
      ]),
    /** Whatever the test's outcome: nothing left running, nothing left on disk. */
    cleanUp: async (pids: number[] = []) => {
      if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGKILL');
      for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
      await fs.rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

export type EmbeddedBackend = Awaited<ReturnType<typeof startEmbeddedBackend>>;

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until `check` holds; false if it never did within `ms`. */
export async function eventually(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}
