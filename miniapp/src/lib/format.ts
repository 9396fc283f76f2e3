import type { Translate } from '@codepool/shared/i18n';

/** Stars are whole units; the star sign is how Telegram writes them: "⭐ 1,250" (a button's text). */
export function formatStars(t: Translate, amount: number | null | undefined): string {
  return t('app-stars', { amount: Number.isFinite(amount) ? Number(amount) : 0 });
}
