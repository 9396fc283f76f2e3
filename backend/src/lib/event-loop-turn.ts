/**
 * For loops over caller input: `await turn()` in the loop gives the event loop a turn (other
 * requests, timers, the database connection) once `budgetMs` have passed since the last one,
 * and costs nothing otherwise. A time budget rather than an iteration count, because one
 * iteration can be a 16-character code or a 4 KB one.
 */
export function turnTaker(budgetMs = 10): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    if (performance.now() - last < budgetMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        last = performance.now();
        resolve();
      }),
    );
  };
}
