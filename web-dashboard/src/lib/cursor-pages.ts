import { useState } from 'react';

/**
 * Paging by the API's opaque cursors: the cursors of the pages walked so far, so Back
 * returns to the page before without the server having to page backwards.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const prev = () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c));
  const next = (nextCursor: string | null | undefined) => {
    if (nextCursor) setCursors((c) => [...c, nextCursor]);
  };
  return {
    /** The cursor of the page shown (undefined: the first). */
    cursor: cursors.at(-1),
    /** Which page is shown, from 0. */
    page: cursors.length - 1,
    /** Back to the first page, for a new filter. */
    reset: () => setCursors([undefined]),
    /** The Pager's props for the query showing the page: `<Pager {...pages.pagerFor(query)} />`. */
    pagerFor: (query: { data?: { nextCursor: string | null } | undefined; isFetching: boolean }) => ({
      page: cursors.length - 1,
      hasNext: Boolean(query.data?.nextCursor),
      busy: query.isFetching,
      onPrev: prev,
      onNext: () => next(query.data?.nextCursor),
    }),
  };
}
