import type { Deps } from '../context.ts';
import { fillBackorders } from './fill-backorders.ts';
import { refreshStockSignals } from './stock-signals.ts';

/** Stock landed in a pool (API add, import, undo of a withdrawal): serve the queue, then the signals. */
export async function onRestock(deps: Deps, poolId: string): Promise<void> {
  await fillBackorders(deps, poolId);
  await refreshStockSignals(deps, poolId);
}
