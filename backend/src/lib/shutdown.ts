/**
 * One shutdown for the process, whoever asks for it (a signal, a database that cannot be
 * brought back) and whenever (during start-up too). Each step runs under its name, so a
 * shutdown that overruns its deadline can say what it was still waiting for; what must
 * happen even then (stopping the embedded database) is registered as a last resort.
 */
export type Shutdown = ReturnType<typeof createShutdown>;

export function createShutdown() {
  const controller = new AbortController();
  const pending = new Map<string, () => string>();
  const lastResorts: (() => Promise<void>)[] = [];
  return {
    /** Aborted once shutdown has begun: start-up gives up at its next step, retries stop retrying. */
    signal: controller.signal,
    begin(reason: string) {
      if (!controller.signal.aborted) controller.abort(new Error(`shutting down: ${reason}`));
    },
    /** Runs one named step; `describe` may say more about it while it is pending. */
    async step<T>(name: string, work: () => Promise<T>, describe: () => string = () => name): Promise<T> {
      pending.set(name, describe);
      try {
        return await work();
      } finally {
        pending.delete(name);
      }
    },
    /** The steps still running, described as they are now. */
    pending: () => [...pending.values()].map((d) => d()),
    /** Work that must happen even if the graceful steps hang: stopping what would outlive us. */
    atDeadline(fn: () => Promise<void>) {
      lastResorts.push(fn);
    },
    async lastResort() {
      await Promise.allSettled(lastResorts.map((fn) => fn()));
    },
  };
}

/** Resolves when `promise` does or after `ms`, whichever is first; true if it settled in time. */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}
