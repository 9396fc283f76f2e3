import { formatCount } from './format.ts';

/** What a level (a listing or one variant) has sold against its cap; a null cap is unlimited. */
export type SalesLevel = { soldCount: number; maxQuantity: number | null };

/** "37 / 100 sold · 63 left", or "37 sold" when the level has no cap. */
export function soldLabel({ soldCount, maxQuantity }: SalesLevel): string {
  if (maxQuantity === null) return `${formatCount(soldCount)} sold`;
  // A cap lowered by hand in the database could sit under what was sold; never show a negative "left".
  const left = Math.max(0, maxQuantity - soldCount);
  return `${formatCount(soldCount)} / ${formatCount(maxQuantity)} sold · ${formatCount(left)} left`;
}

/** Whether a capped level has nothing left to sell. */
export const capReached = ({ soldCount, maxQuantity }: SalesLevel) => maxQuantity !== null && soldCount >= maxQuantity;
