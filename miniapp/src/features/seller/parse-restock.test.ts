import { BUILT_IN_FIELDS } from '@codepool/shared';
import { describe, expect, it } from 'vitest';
import { en } from '../../testing/render.tsx';
import { chunk, parseRestock } from './parse-restock.ts';

const codePool = { deliveryType: 'code' as const, fields: BUILT_IN_FIELDS.code };
const accountPool = { deliveryType: 'account' as const, fields: BUILT_IN_FIELDS.account };

describe('parseRestock', () => {
  it('reads one code a line, or code;pin, skipping blank lines and keeping line numbers', () => {
    const r = parseRestock(en.t, codePool, 'AAAA-1111\n\n  BBBB-2222;9876  \r\nCCCC;1;20 EUR\n');
    expect(r.skipped).toEqual([]);
    expect(r.lines).toEqual([
      { line: 1, item: { fields: { code: 'AAAA-1111' } } },
      { line: 3, item: { fields: { code: 'BBBB-2222', pin: '9876' } } },
      { line: 4, item: { fields: { code: 'CCCC', pin: '1', value: '20 EUR' } } },
    ]);
  });

  it('splits accounts at the first colon only: passwords may contain one', () => {
    const r = parseRestock(en.t, accountPool, 'alice:pa:ss\nbob');
    expect(r.lines).toEqual([{ line: 1, item: { fields: { username: 'alice', password: 'pa:ss' } } }]);
    expect(r.skipped).toEqual([{ line: 2, code: 'invalid', reason: 'expected user:password' }]);
  });

  it('sets aside lines with more parts than the pool has fields', () => {
    const r = parseRestock(en.t, codePool, 'A;B;C;D');
    expect(r.skipped).toEqual([{ line: 1, code: 'invalid', reason: 'expected at most 3 parts' }]);
  });

  it('cuts a long list into calls of at most 1000', () => {
    const sizes = chunk(
      Array.from({ length: 2500 }, (_, i) => i),
      1000,
    ).map((c) => c.length);
    expect(sizes).toEqual([1000, 1000, 500]);
  });
});
