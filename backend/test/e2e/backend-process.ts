import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const backend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type BackendProcess = { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

/** `codepool start` as its own process, as a replica would run; resolves once it prints its URLs. */
export async function startBackendProcess(
  env: Record<string, string>,
  /** `detached`: in a process group of its own, as a shell or a service manager starts it. */
  { detached = false }: { detached?: boolean } = {},
): Promise<BackendProcess> {
  // node --import tsx, as the Dockerfile runs it: one process, signals straight to it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
    cwd: backend,
    detached,
    env: { ...process.env, INIT_CWD: backend, LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1', ...env },
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const until = Date.now() + 60_000;
  for (;;) {
    const port = /API\s+http:\/\/localhost:(\d+)\/api/.exec(out)?.[1];
    if (port) return { child, url: `http://127.0.0.1:${port}`, output: () => out, exited };
    if (child.exitCode !== null || Date.now() > until) throw new Error(`backend did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function stopBackendProcess(p: BackendProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill(signal);
  await p.exited;
}
