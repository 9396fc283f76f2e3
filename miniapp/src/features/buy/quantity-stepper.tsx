import { haptic } from '../../lib/telegram.ts';

type QuantityStepperProps = { value: number; min: number; max: number; onChange: (n: number) => void };

export function QuantityStepper({ value, min, max, onChange }: QuantityStepperProps) {
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
