import { BUILT_IN_FIELDS } from '@codepool/shared';
import { describe, expect, it } from 'vitest';
import { en, ru } from '../../../testing/i18n.ts';
import {
  IGNORE,
  looksLikeHeader,
  mappingForServer,
  mappingProblem,
  maskValue,
  parseRecords,
  sniffSeparator,
  suggestMapping,
} from './csv-preview.ts';
import { csvTemplate } from './csv-template.ts';

const code = BUILT_IN_FIELDS.code;
const preview = (text: string) => {
  const separator = sniffSeparator(text);
  const records = parseRecords(text, separator, false);
  return { separator, records, width: Math.max(...records.map((r) => r.length)) };
};

describe('the CSV preview the browser reads before anything is sent', () => {
  it('finds the separator that splits every line alike, and honours quotes', () => {
    expect(sniffSeparator('code;pin\nA;1\nB;2\n')).toBe(';');
    expect(sniffSeparator('code\tvalue\nA\t"1,5"\n')).toBe('\t');
    expect(sniffSeparator('ABC\nDEF\n')).toBe(',');
    expect(parseRecords('a,"b,c",""""\n\n d ,e\n', ',', false)).toEqual([
      ['a', 'b,c', '"'],
      ['d', 'e'],
    ]);
    // A sample cut mid-file drops its last, possibly half, line.
    expect(parseRecords('a,b\nc,d\ne,', ',', true)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('maps a supplier header onto the pool, and says what is missing', () => {
    const p = preview('Card Number,PIN,Expiry Date,Vendor,Batch\nX1,1,2027-01-01,Acme,7\n');
    expect(looksLikeHeader(code, p.records[0])).toBe(true);
    const mapping = suggestMapping(code, p, true);
    expect(mapping).toEqual(['code', 'pin', 'expires_at', 'supplier', IGNORE]);
    expect(mappingProblem(code, mapping, en.t)).toBeNull();
    expect(mappingForServer(p, true, mapping)).toEqual({
      'Card Number': 'code',
      PIN: 'pin',
      'Expiry Date': 'expires_at',
      Vendor: 'supplier',
    });
    expect(mappingProblem(code, [IGNORE, 'pin'], en.t)).toBe('Choose the column that holds code.');
    expect(mappingProblem(code, ['code', 'code'], en.t)).toBe('Two columns fill “code”; set one of them to “Ignore”.');
    expect(mappingProblem(code, ['code', 'code'], ru.t)).toBe(
      'Поле «code» заполняют два столбца; для одного из них выберите «Пропустить».',
    );
  });

  it('reads a file without a header by position', () => {
    const p = preview('AAAA-1111;1234\nBBBB-2222;5678\n');
    expect(looksLikeHeader(code, p.records[0])).toBe(false);
    const mapping = suggestMapping(code, p, false);
    expect(mapping).toEqual(['code', 'pin']);
    expect(mappingForServer(p, false, mapping)).toEqual({ '0': 'code', '1': 'pin' });
  });

  it('masks secrets like the server does, and makes templates the import reads back', () => {
    expect(maskValue('ABCD-EFGH-1234')).toBe('••••••••••1234');
    expect(maskValue('SHORT')).toBe('•••••');
    const template = csvTemplate(BUILT_IN_FIELDS.account, en.t);
    const p = preview(template);
    expect(p.records[0]).toEqual(['username', 'password', 'email', 'notes', 'expires_at', 'cost', 'supplier']);
    expect(suggestMapping(BUILT_IN_FIELDS.account, p, looksLikeHeader(BUILT_IN_FIELDS.account, p.records[0]))).toEqual([
      'username',
      'password',
      'email',
      'notes',
      'expires_at',
      'cost',
      'supplier',
    ]);
  });
});
