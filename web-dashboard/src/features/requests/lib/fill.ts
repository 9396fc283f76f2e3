import { createElement, Fragment, type ReactNode } from 'react';

// An invisible separator: it cannot appear in a catalogue text, so a split on it finds only slots.
const MARK = '\u2063';

/** A message variable that stands for a React node (a bold word, an amount): `t(id, { amount: slot('amount') })`. */
export const slot = (name: string) => `${MARK}${name}${MARK}`;

/**
 * A translated text with its slots filled by React nodes, so a translation can move a bold word
 * or an amount wherever its grammar wants it: `fill(t(id, { amount: slot('amount') }), { amount: <Stars … /> })`.
 */
export function fill(text: string, nodes: Record<string, ReactNode>): ReactNode[] {
  return text
    .split(MARK)
    .map((part, i) => (i % 2 === 1 && part in nodes ? createElement(Fragment, { key: i }, nodes[part]) : part));
}
