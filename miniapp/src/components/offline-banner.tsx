import { useT } from '@codepool/shared/i18n/react';
import { useOnline } from '../lib/use-online.ts';

export function OfflineBanner() {
  const t = useT();
  const online = useOnline();
  if (online) return null;
  return (
    <div className="offline-banner" role="status">
      {t('app-offline')}
    </div>
  );
}
