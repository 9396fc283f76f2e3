import { useT } from '@codepool/shared/i18n/react';
import { haptic } from '../../lib/telegram.ts';

type QuantityStepperProps = { value: number; min: number; max: number; onChange: (n: number) => void };

/** From `min` (the variant's smallest order) to `max` (the most the buyer may order now). */
export function QuantityStepper({ value, min, max: upTo, onChange }: QuantityStepperProps) {
  const t = useT();
  // A range upside down (fewer left than the smallest order) is a single step, never a way past min.
  const max = Math.max(min, upTo);
  const set = (n: number) => {
    const next = Math.min(max, Math.max(min, n));
    if (next !== value) {
      haptic.select();
      onChange(next);
    }
  };
  return (
    <div className="stepper">
      <button type="button" onClick={() => set(value - 1)} disabled={value <= min} aria-label={t('app-quantity-less')}>
        −
      </button>
      <output aria-live="polite" aria-label={t('app-quantity')}>
        {value}
      </output>
      <button type="button" onClick={() => set(value + 1)} disabled={value >= max} aria-label={t('app-quantity-more')}>
        +
      </button>
    </div>
  );
}
