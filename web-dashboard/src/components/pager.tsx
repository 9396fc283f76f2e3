import { useT } from '@codepool/shared/i18n/react';
import { Button } from './button.tsx';

/** Previous / next over a cursor-paginated list. */
export function Pager({
  page,
  hasNext,
  onPrev,
  onNext,
  busy,
  summary,
}: {
  page: number;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
  busy?: boolean;
  summary?: string;
}) {
  const t = useT();
  if (page === 0 && !hasNext) return summary ? <div className="pager muted">{summary}</div> : null;
  return (
    <div className="pager">
      <span className="muted">{summary ?? t('dash-ui-page', { page: page + 1 })}</span>
      <div className="pager-buttons">
        <Button variant="secondary" size="sm" onClick={onPrev} disabled={page === 0 || busy}>
          {t('dash-ui-previous')}
        </Button>
        <Button variant="secondary" size="sm" onClick={onNext} disabled={!hasNext || busy}>
          {t('dash-ui-next')}
        </Button>
      </div>
    </div>
  );
}
