import { useOnline } from '../lib/use-online.ts';

export function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <div className="offline-banner" role="status">
      You're offline. Codepool will catch up when the connection is back.
    </div>
  );
}
