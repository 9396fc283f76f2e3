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
  if (page === 0 && !hasNext) return summary ? <div className="pager muted">{summary}</div> : null;
  return (
    <div className="pager">
      <span className="muted">{summary ?? `Page ${page + 1}`}</span>
      <div className="pager-buttons">
        <Button variant="secondary" size="sm" onClick={onPrev} disabled={page === 0 || busy}>
          Previous
        </Button>
        <Button variant="secondary" size="sm" onClick={onNext} disabled={!hasNext || busy}>
          Next
        </Button>
      </div>
    </div>
  );
}
