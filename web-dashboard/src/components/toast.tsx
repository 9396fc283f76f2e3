import { useT } from '@codepool/shared/i18n/react';
import { useEffect, useSyncExternalStore } from 'react';

type Toast = { id: number; tone: 'success' | 'error'; text: string };

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

export function toast(text: string, tone: Toast['tone'] = 'success') {
  toasts = [...toasts, { id: nextId++, tone, text }];
  emit();
}

function dismiss(id: number) {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

function ToastItem({ item }: { item: Toast }) {
  const t = useT();
  useEffect(() => {
    const timer = setTimeout(() => dismiss(item.id), item.tone === 'error' ? 8000 : 4000);
    return () => clearTimeout(timer);
  }, [item]);
  return (
    <div className={`toast toast-${item.tone}`} role={item.tone === 'error' ? 'alert' : 'status'}>
      <span>{item.text}</span>
      <button type="button" aria-label={t('dash-ui-dismiss')} onClick={() => dismiss(item.id)}>
        ×
      </button>
    </div>
  );
}

export function Toaster() {
  const list = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => toasts,
  );
  return (
    <div className="toaster">
      {list.map((item) => (
        <ToastItem key={item.id} item={item} />
      ))}
    </div>
  );
}
