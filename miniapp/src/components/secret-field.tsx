import { useT } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { haptic } from '../lib/telegram.ts';
import { CopyButton } from './copy-button.tsx';
import { EyeIcon, EyeOffIcon } from './icons.tsx';

/** What a hidden value looks like: a fixed run of dots, so its length is not shown either. */
export const HIDDEN_VALUE = '••••••••••';

type SecretFieldProps = { label: string; value: string; sensitive: boolean };

/**
 * One revealed field. A sensitive one (a code, a password) stays behind an eye toggle even
 * after the reveal, so it is not on screen by accident; copying works either way.
 */
export function SecretField({ label, value, sensitive }: SecretFieldProps) {
  const t = useT();
  const [shown, setShown] = useState(!sensitive);
  const toggleLabel = shown ? t('app-field-hide', { label }) : t('app-field-show', { label });
  const visible = shown || !sensitive;
  return (
    <div className="field">
      <div className="field-text">
        <span className="field-label">{label}</span>
        <span className={`field-value ${visible ? '' : 'is-hidden'}`} data-testid={`field-${label}`}>
          {visible ? value : HIDDEN_VALUE}
        </span>
      </div>
      <div className="field-actions">
        {sensitive ? (
          <button
            type="button"
            className="icon-btn"
            aria-pressed={shown}
            aria-label={toggleLabel}
            title={toggleLabel}
            onClick={() => {
              haptic.select();
              setShown((s) => !s);
            }}
          >
            {shown ? <EyeOffIcon size={18} /> : <EyeIcon size={18} />}
          </button>
        ) : null}
        <CopyButton value={value} label={label} />
      </div>
    </div>
  );
}
