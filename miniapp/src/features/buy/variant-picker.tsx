import type { PublicVariant } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { useId } from 'react';
import { Stars } from '../../components/stars.tsx';
import { haptic } from '../../lib/telegram.ts';
import { leftText, limitText, unavailableReason } from './variant-text.ts';

type VariantPickerProps = {
  variants: PublicVariant[];
  chosenId: string | undefined;
  onChoose: (variant: PublicVariant) => void;
};

/**
 * The listing's options (denominations, regions) as radio buttons: each with its price, what is
 * left of a limited one and the buyer's own limit. One the buyer cannot order now is disabled
 * and says why.
 */
export function VariantPicker({ variants, chosenId, onChoose }: VariantPickerProps) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="section">
      <legend className="section-title">{t('app-buy-choose-option')}</legend>
      <div className="section-card" role="radiogroup">
        {variants.map((v) => {
          const reason = unavailableReason(t, v);
          const notes = reason ? [] : [leftText(t, v), limitText(t, v)].filter((n): n is string => n !== null);
          return (
            <label key={v.id} className={`choice variant-choice${reason ? ' is-disabled' : ''}`}>
              <input
                type="radio"
                name={name}
                value={v.id}
                checked={v.id === chosenId}
                disabled={reason !== null}
                onChange={() => {
                  haptic.select();
                  onChoose(v);
                }}
              />
              <span className="choice-text variant-main">
                <span className="row-title">{v.title}</span>
                {reason ? <span className="row-subtitle variant-reason">{reason}</span> : null}
                {notes.length > 0 ? <span className="row-subtitle">{notes.join(' · ')}</span> : null}
              </span>
              <span className="variant-price">
                <Stars amount={v.price} />
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
