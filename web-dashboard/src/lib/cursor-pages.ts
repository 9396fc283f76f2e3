import { useState } from 'react';

/**
 * Paging by the API's opaque cursors: the cursors of the pages walked so far, so Back
 * returns to the page before without the server having to page backwards.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    /** The cursor of the page shown (undefined: the first). */
    cursor: cursors.at(-1),
    /** Which page is shown, from 0. */
    page: cursors.length - 1,
    /** Back to the first page, for a new filter. */
    reset: () => setCursors([undefined]),
    prev: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    /** On to the page after, if the answer said there is one. */
    next: (nextCursor: string | null | undefined) => {
      if (nextCursor) setCursors((c) => [...c, nextCursor]);
    },
  };
}
