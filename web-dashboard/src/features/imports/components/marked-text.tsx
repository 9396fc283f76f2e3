import { Fragment, type ReactNode } from 'react';

// Private-use characters: no file name, column name or message contains them.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** A message argument marked so that `MarkedText` can style it where the language put it. */
export const mark = (value: string) => `${OPEN}${value}${CLOSE}`;

/** A translated text with its marked arguments rendered by `render` (a code font, bold). */
export function MarkedText({ text, render }: { text: string; render: (value: string) => ReactNode }) {
  const parts = text.split(new RegExp(`[${OPEN}${CLOSE}]`));
  // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
  return <>{parts.map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{render(part)}</Fragment> : part))}</>;
}
