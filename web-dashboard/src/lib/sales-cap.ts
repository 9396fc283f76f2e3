import type { Translate } from '@codepool/shared/i18n';

/** What a level (a listing or one variant) has sold against its cap; a null cap is unlimited. */
export type SalesLevel = { soldCount: number; maxQuantity: number | null };

/** "37 / 100 sold · 63 left", or "37 sold" when the level has no cap. */
export function soldLabel({ soldCount, maxQuantity }: SalesLevel, t: Translate): string {
  // A cap lowered by hand in the database could sit under what was sold; never show a negative "left".
  const left = maxQuantity === null ? 0 : Math.max(0, maxQuantity - soldCount);
  return maxQuantity === null
    ? t('dash-sales-sold', { sold: soldCount })
    : t('dash-sales-sold-capped', { sold: soldCount, cap: maxQuantity, left });
}

/** Whether a capped level has nothing left to sell. */
export const capReached = ({ soldCount, maxQuantity }: SalesLevel) => maxQuantity !== null && soldCount >= maxQuantity;
