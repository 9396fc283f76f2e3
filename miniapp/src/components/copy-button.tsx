import { useT } from '@codepool/shared/i18n/react';
import { useEffect, useRef, useState } from 'react';
import { copyText } from '../lib/clipboard.ts';
import { haptic } from '../lib/telegram.ts';
import { CheckIcon, CopyIcon } from './icons.tsx';

type CopyButtonProps = { value: string; label: string };

const FEEDBACK_MS = 1800;

/** Copies a value without showing it; says "Copied" for a moment, or that copying failed. */
export function CopyButton({ value, label }: CopyButtonProps) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = async () => {
    const ok = await copyText(value);
    if (ok) haptic.success();
    else haptic.error();
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), FEEDBACK_MS);
  };

  const text = state === 'copied' ? t('app-copy-done') : state === 'failed' ? t('app-copy-failed') : t('app-copy');
  const copyLabel = t('app-copy-what', { label });
  return (
    <button
      type="button"
      className={`icon-btn copy-btn ${state === 'copied' ? 'is-done' : ''}`}
      onClick={onClick}
      aria-label={state === 'idle' ? copyLabel : text}
      title={copyLabel}
    >
      {state === 'copied' ? <CheckIcon size={18} /> : <CopyIcon size={18} />}
      <span className="icon-btn-text" aria-live="polite">
        {text}
      </span>
    </button>
  );
}
