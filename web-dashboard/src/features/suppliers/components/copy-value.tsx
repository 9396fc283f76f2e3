import { useT } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { CheckIcon, CopyIcon } from '../../../components/icons.tsx';
import { toast } from '../../../components/toast.tsx';

/** What is copied; each has its own sentences, so a language can decline the value's name. */
export type CopiedValue = 'webhook-url' | 'callback-url' | 'webhook-secret';

/** A value to paste into the supplier's dashboard, with its copy button. */
export function CopyValue({ value, what, testId }: { value: string; what: CopiedValue; testId?: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="token-value">
      <code className="mono" data-testid={testId}>
        {value}
      </code>
      <Button
        variant="secondary"
        size="sm"
        aria-label={t(`dash-supplier-copy-${what}`)}
        icon={copied ? <CheckIcon /> : <CopyIcon />}
        onClick={() =>
          navigator.clipboard.writeText(value).then(
            () => setCopied(true),
            () => toast(t(`dash-supplier-copy-failed-${what}`), 'error'),
          )
        }
      >
        {copied ? t('dash-supplier-copied') : t('dash-supplier-copy')}
      </Button>
    </div>
  );
}
