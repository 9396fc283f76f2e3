import { StarIcon } from './icons.tsx';

/** An amount of Telegram Stars, with the star drawn rather than typed. */
export function Stars({ amount, size = 15 }: { amount: number | null | undefined; size?: number }) {
  const n = Number.isFinite(amount) ? Number(amount) : 0;
  return (
    <span className="stars">
      <StarIcon size={size} />
      <span>{n.toLocaleString('en-US')}</span>
      <span className="visually-hidden"> Stars</span>
    </span>
  );
}
