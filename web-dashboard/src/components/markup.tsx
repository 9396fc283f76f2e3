import type { ReactNode } from 'react';

const TAG = /<(b|code|kbd)>(.*?)<\/\1>/g;

/**
 * A catalogue text with a few words marked: `<b>…</b>` bold, `<code>…</code>` code and
 * `<kbd>…</kbd>` a command to type. The marks stay in the message, so a translation puts the
 * bold words where its own word order wants them; anything else is plain text, never HTML.
 */
export function Markup({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const [whole, tag, inner] = match;
    const at = match.index;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(
      tag === 'b' ? (
        <strong key={at}>{inner}</strong>
      ) : (
        <code key={at} className={tag === 'kbd' ? 'kbd' : undefined}>
          {inner}
        </code>
      ),
    );
    last = at + whole.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
