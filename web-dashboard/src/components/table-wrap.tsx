import type { ReactNode } from 'react';

/**
 * A table's frame, which scrolls when the table is wider (a longer language) or taller than its
 * place: focusable, so a keyboard alone can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableWrap({ className, children }: { className?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard
    <div className={className ? `table-wrap ${className}` : 'table-wrap'} tabIndex={0}>
      {children}
    </div>
  );
}
