import type { ReactNode } from 'react';

type EmptyStateProps = { icon: ReactNode; title: string; children?: ReactNode; action?: ReactNode };

export function EmptyState({ icon, title, children, action }: EmptyStateProps) {
  return (
    <div className="state-card">
      <div className="state-icon">{icon}</div>
      <p className="state-title">{title}</p>
      {children ? <div className="state-text">{children}</div> : null}
      {action}
    </div>
  );
}
