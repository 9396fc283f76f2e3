import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { CheckIcon, CopyIcon } from '../../../components/icons.tsx';
import { toast } from '../../../components/toast.tsx';

/** A value to paste into the supplier's dashboard, with its copy button. */
export function CopyValue({ value, label, testId }: { value: string; label: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="token-value">
      <code className="mono" data-testid={testId}>
        {value}
      </code>
      <Button
        variant="secondary"
        size="sm"
        aria-label={`Copy ${label}`}
        icon={copied ? <CheckIcon /> : <CopyIcon />}
        onClick={() =>
          navigator.clipboard.writeText(value).then(
            () => setCopied(true),
            () => toast(`Copy failed: select the ${label} and copy it by hand`, 'error'),
          )
        }
      >
        {copied ? 'Copied' : 'Copy'}
      </Button>
    </div>
  );
}
