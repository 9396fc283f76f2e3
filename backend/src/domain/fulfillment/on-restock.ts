import type { ServiceContext } from '../context.ts';
import { fillBackorders } from './fill-backorders.ts';
import { refreshStockSignals } from './stock-signals.ts';

/** Stock landed in a pool (API add, import, undo of a withdrawal): serve the queue, then the signals. */
export async function onRestock(ctx: ServiceContext, { poolId }: { poolId: string }): Promise<void> {
  await fillBackorders(ctx, { poolId });
  await refreshStockSignals(ctx, { poolId });
}
