import { haptic } from '../../lib/telegram.ts';

type QuantityStepperProps = { value: number; min: number; max: number; onChange: (n: number) => void };

/** From `min` (the variant's smallest order) to `max` (the most the buyer may order now). */
export function QuantityStepper({ value, min, max: upTo, onChange }: QuantityStepperProps) {
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
      <button type="button" onClick={() => set(value - 1)} disabled={value <= min} aria-label="One less">
        −
      </button>
      <output aria-live="polite" aria-label="Quantity">
        {value}
      </output>
      <button type="button" onClick={() => set(value + 1)} disabled={value >= max} aria-label="One more">
        +
      </button>
    </div>
  );
}
