import { useT } from '@codepool/shared/i18n/react';
import { useFormat } from '../lib/format.ts';

/** An amount in Telegram Stars, with the star drawn (emoji fonts are not everywhere). */
export function Stars({ n }: { n: number }) {
  const t = useT();
  const f = useFormat();
  return (
    <span className="stars">
      {f.count(n)}
      <svg width="13" height="13" viewBox="0 0 24 24" aria-label={t('dash-ui-stars-unit', { amount: n })} role="img">
        <path
          d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6L2.5 9.4l6.6-.8L12 2.5z"
          fill="#f5b400"
          stroke="#e09b00"
          strokeWidth="1"
          strokeLinejoin="round"
        />
      </svg>
    </span>
  );
}
