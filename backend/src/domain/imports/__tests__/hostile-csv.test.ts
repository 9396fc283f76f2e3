import {
  BUILT_IN_FIELDS,
  ColumnMapping,
  MAX_HEADER_LENGTH,
  MAX_IMPORT_COLUMNS,
  normaliseHeader,
} from '@codepool/shared';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors.ts';
import { planColumns } from '../column-plan.ts';
import { decodeUtf8, MAX_LINE_BYTES } from '../decode-utf8.ts';
import { readCsv } from '../read-csv.ts';

/** The normaliser as it was written before it was made linear: the oracle for short cells. */
const regexNormalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

const elapsed = (f: () => unknown) => {
  const start = performance.now();
  f();
  return performance.now() - start;
};

/** Input as a stream of one chunk, the way a pasted text reaches the pipeline. */
async function* once(buf: Buffer) {
  yield buf;
}

async function collect(input: AsyncIterable<Buffer>) {
  const parts: Buffer[] = [];
  for await (const p of input) parts.push(p);
  return parts;
}

describe('normaliseHeader', () => {
  it('folds the headers suppliers write to the same names as before', () => {
    const headers = [
      'Code (16 chars)',
      'E-Mail',
      'Card No.',
      '  PIN  ',
      'Serial [optional]',
      'Expiry Date',
      'gift_card',
      'Value (EUR) [face]',
      '__login__',
      'Key (a (b) c)',
      'Ünïcode Név',
      'İD',
      '(unclosed',
      'a)b(c',
      'x[y(z]w)v',
      '',
      '()',
    ];
    for (const h of headers) expect(normaliseHeader(h), h).toBe(regexNormalise(h));
    expect(normaliseHeader('Code (16 chars)')).toBe('code');
    expect(normaliseHeader('Card No.')).toBe('card_no');
  });

  it('agrees with the old regular expressions on random short cells', () => {
    const alphabet = 'aZ09 _-.()[]()[]éİ';
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 5000; n++) {
      const length = next() % 40;
      let s = '';
      for (let i = 0; i < length; i++) s += alphabet[next() % alphabet.length];
      expect(normaliseHeader(s), JSON.stringify(s)).toBe(regexNormalise(s));
    }
  });

  it('treats a cell longer than a name can be as no name, at once', () => {
    expect(normaliseHeader('a'.repeat(MAX_HEADER_LENGTH))).toBe('a'.repeat(MAX_HEADER_LENGTH));
    expect(normaliseHeader('a'.repeat(MAX_HEADER_LENGTH + 1))).toBe('');
    // The regular expression took 36 s on 200,000 of these.
    expect(elapsed(() => normaliseHeader('('.repeat(200_000)))).toBeLessThan(500);
    expect(elapsed(() => normaliseHeader('['.repeat(200_000)))).toBeLessThan(500);
  });
});

describe('planColumns', () => {
  const code = BUILT_IN_FIELDS.code;

  it('plans a first row of 256 KB of brackets as data, in bounded time', () => {
    for (const ch of ['(', '[']) {
      let plan: ReturnType<typeof planColumns> | undefined;
      expect(elapsed(() => (plan = planColumns(code, [ch.repeat(256 * 1024)], undefined)))).toBeLessThan(500);
      expect(plan).toMatchObject({ header: false, positional: true });
      expect(
        elapsed(() => planColumns(code, [ch.repeat(256 * 1024), ch.repeat(256 * 1024)], { 0: 'code', 1: 'pin' })),
      ).toBeLessThan(500);
    }
  });

  it('refuses a first row wider than an import reads, counting no padding', () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => `col${i}`);
    let error: unknown;
    try {
      planColumns(code, ['code', ...wide], undefined);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual({ columns: 10_001, max: MAX_IMPORT_COLUMNS });
    // Spreadsheets pad rows with empty cells: that is not width.
    const padded = planColumns(code, ['code', 'pin', ...Array.from({ length: 20_000 }, () => '')], undefined);
    expect(padded).toMatchObject({ header: true, columns: [{ index: 0 }, { index: 1 }] });
  });

  it('finds mapped columns of a wide header by name, and refuses a mapping past the limit', () => {
    const header = Array.from({ length: MAX_IMPORT_COLUMNS }, (_, i) => `Column ${i}`);
    const mapping = Object.fromEntries(header.map((h) => [h, 'ignore']));
    mapping['Column 999'] = 'code';
    const plan = planColumns(code, header, mapping);
    expect(plan).toMatchObject({ header: true });
    expect(plan.positional === false && plan.columns.find((c) => c.target.kind === 'field')).toEqual({
      index: 999,
      target: { kind: 'field', name: 'code' },
    });
    expect(() => planColumns(code, ['x'], { [String(MAX_IMPORT_COLUMNS)]: 'code' })).toThrow(ValidationError);
    expect(ColumnMapping.safeParse(Object.fromEntries(header.map((h) => [h, 'ignore']))).success).toBe(true);
    expect(ColumnMapping.safeParse({ ...mapping, extra: 'ignore' }).success).toBe(false);
    expect(ColumnMapping.safeParse({ ['x'.repeat(MAX_HEADER_LENGTH + 1)]: 'code' }).success).toBe(false);
  });
});

describe('decodeUtf8', () => {
  it('hands the parser bounded parts, cut between whole characters and never inside a CRLF', async () => {
    const text = `${'é€😀\r\n'.repeat(20_000)}end`;
    const parts = await collect(decodeUtf8(once(Buffer.from(text))));
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(16 * 1024);
      expect(p.toString('utf8')).not.toContain('\uFFFD');
      expect(p.includes(0x0d)).toBe(false);
    }
    expect(Buffer.concat(parts).toString('utf8')).toBe(text.replaceAll('\r\n', '\n'));
  });

  it('still refuses an over-long line and names the line of a bad byte after a long one', async () => {
    const long = Buffer.from(`ok\n${'x'.repeat(MAX_LINE_BYTES + 1)}\n`);
    await expect(collect(decodeUtf8(once(long)))).rejects.toMatchObject({ details: { line: 2 } });
    const bad = Buffer.concat([Buffer.from(`a\nb\n${'y'.repeat(100_000)}`), Buffer.from([0xff]), Buffer.from('\n')]);
    await expect(collect(decodeUtf8(once(bad)))).rejects.toMatchObject({ details: { line: 3 } });
  });

  it('gives the event loop a turn while it reads input that is all in memory', async () => {
    const csv = Buffer.from(`${'AAAA-BBBB-CCCC-DDDD,1234\n'.repeat(200_000)}`);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const reader = await readCsv(once(csv), {});
      let records = 0;
      for await (const _ of reader.records) records++;
      expect(records).toBe(200_000);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  });
});
