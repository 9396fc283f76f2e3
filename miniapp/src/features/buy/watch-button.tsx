import { useI18n } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { Button } from '../../components/button.tsx';
import { describeError } from '../../lib/api-client.ts';
import { haptic } from '../../lib/telegram.ts';
import { watchTemplate } from './templates-api.ts';

type WatchButtonProps = {
  templateId: string;
  variantId: string;
  label?: string;
  /** What it says once the alert is set; short beside a row's title. */
  doneText?: string;
};

/** Back-in-stock alert for one variant: the bot messages the buyer when it is restocked. */
export function WatchButton({ templateId, variantId, label, doneText }: WatchButtonProps) {
  const i18n = useI18n();
  const [phase, setPhase] = useState<'idle' | 'busy' | 'watching'>('idle');
  const [error, setError] = useState<string | null>(null);

  const watch = async () => {
    if (phase !== 'idle') return;
    haptic.tap();
    setError(null);
    setPhase('busy');
    try {
      await watchTemplate(templateId, { variantId });
      haptic.success();
      setPhase('watching');
    } catch (e) {
      haptic.error();
      setError(describeError(e, i18n));
      setPhase('idle');
    }
  };

  if (phase === 'watching') {
    return (
      <span className="watch-done" role="status">
        {doneText ?? i18n.t('app-watch-done')}
      </span>
    );
  }
  return (
    <span className="watch">
      <Button variant="secondary" loading={phase === 'busy'} onClick={watch}>
        {label ?? i18n.t('app-watch')}
      </Button>
      {error ? (
        <span className="watch-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
