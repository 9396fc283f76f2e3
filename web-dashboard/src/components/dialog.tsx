import { useT } from '@codepool/shared/i18n/react';
import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A modal on the native <dialog>: focus is trapped and Escape closes it without any
 * code of ours. Mounted only while open, so each opening starts from a clean form.
 */
export function Dialog({
  title,
  description,
  children,
  footer,
  onClose,
  wide = false,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  onClose: () => void;
  wide?: boolean;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    d.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault();
      close.current();
    };
    d.addEventListener('cancel', onCancel);
    return () => d.removeEventListener('cancel', onCancel);
  }, []);
  return (
    <dialog ref={ref} className={`dialog ${wide ? 'dialog-wide' : ''}`} aria-label={title}>
      <header className="dialog-header">
        <h2>{title}</h2>
        <button type="button" className="dialog-close" aria-label={t('dash-ui-close')} onClick={onClose}>
          ×
        </button>
      </header>
      {description && <p className="dialog-description">{description}</p>}
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  );
}
