import type { ReactNode } from 'react';

type NoticeProps = {
  tone?: 'info' | 'success' | 'warning' | 'danger';
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
};

export function Notice({ tone = 'info', title, children, action }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      {title ? <p className="notice-title">{title}</p> : null}
      {children ? <div className="notice-body">{children}</div> : null}
      {action ? <div className="notice-action">{action}</div> : null}
    </div>
  );
}
