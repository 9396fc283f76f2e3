import { useI18n } from '@codepool/shared/i18n/react';
import { StarIcon } from './icons.tsx';

/** An amount of Telegram Stars, with the star drawn rather than typed. */
export function Stars({ amount, size = 15 }: { amount: number | null | undefined; size?: number }) {
  const { t, number } = useI18n();
  const n = Number.isFinite(amount) ? Number(amount) : 0;
  return (
    <span className="stars">
      <StarIcon size={size} />
      <span>{number(n)}</span>
      <span className="visually-hidden"> {t('app-stars-unit', { amount: n })}</span>
    </span>
  );
}
