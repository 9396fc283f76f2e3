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

function ToastItem({ t }: { t: Toast }) {
  useEffect(() => {
    const timer = setTimeout(() => dismiss(t.id), t.tone === 'error' ? 8000 : 4000);
    return () => clearTimeout(timer);
  }, [t]);
  return (
    <div className={`toast toast-${t.tone}`} role={t.tone === 'error' ? 'alert' : 'status'}>
      <span>{t.text}</span>
      <button type="button" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
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
      {list.map((t) => (
        <ToastItem key={t.id} t={t} />
      ))}
    </div>
  );
}
