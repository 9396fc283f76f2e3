import { describe, expect, it } from 'vitest';
import { jsonShapeProblem, MAX_JSON_DEPTH, MAX_JSON_KEYS } from '../../http/json-depth.ts';

const problem = (text: string) => jsonShapeProblem(Buffer.from(text));

describe('jsonShapeProblem', () => {
  it('lets through every shape our bodies have', () => {
    expect(problem(JSON.stringify({ items: [{ fields: { code: 'A', pin: '1' }, cost: 3 }] }))).toBeNull();
    expect(problem(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toBeNull();
    const wide = Object.fromEntries(Array.from({ length: MAX_JSON_KEYS }, (_, i) => [`k${i}`, i]));
    expect(problem(JSON.stringify(wide))).toBeNull();
    // Many keys across sibling objects are not one wide object.
    expect(problem(JSON.stringify(Array.from({ length: 5 }, () => wide)))).toBeNull();
  });

  it('counts neither brackets nor colons inside strings, escaped quotes included', () => {
    expect(problem(JSON.stringify({ code: `${'[{'.repeat(10_000)}\\"${':'.repeat(5000)}` }))).toBeNull();
    expect(problem(JSON.stringify({ a: 'x\\', b: '[[[[' }))).toBeNull();
  });

  it('names a body too deep or an object too wide', () => {
    expect(problem(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`)).toBe(
      `the body nests deeper than ${MAX_JSON_DEPTH} levels`,
    );
    expect(problem(`{"a":${'{"b":'.repeat(40)}1${'}'.repeat(41)}`)).toMatch(/deeper/);
    const wide = Object.fromEntries(Array.from({ length: MAX_JSON_KEYS + 1 }, (_, i) => [`k${i}`, i]));
    expect(problem(JSON.stringify({ items: [{ fields: wide }] }))).toBe(
      `an object in the body has more than ${MAX_JSON_KEYS} keys`,
    );
  });
});
