import { useT } from '@codepool/shared/i18n/react';

type SkeletonProps = { lines?: number; title?: boolean };

/** A grey placeholder in the shape of the content that is loading. */
export function SkeletonCard({ lines = 3, title = true }: SkeletonProps) {
  return (
    <div className="section" aria-hidden="true">
      <div className="section-card skeleton-card">
        {title ? <div className="skeleton skeleton-title" /> : null}
        {Array.from({ length: lines }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <div key={i} className="skeleton skeleton-line" style={{ width: `${90 - i * 17}%` }} />
        ))}
      </div>
    </div>
  );
}

export function PageSkeleton({ cards = 2 }: { cards?: number }) {
  const t = useT();
  return (
    <div role="status" aria-label={t('app-loading')}>
      <div className="skeleton skeleton-heading" />
      {Array.from({ length: cards }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <SkeletonCard key={i} lines={i === 0 ? 3 : 2} />
      ))}
    </div>
  );
}
