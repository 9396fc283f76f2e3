import { describe, expect, it } from 'vitest';
import { en, ru } from '../../../testing/i18n.ts';
import { rejectReason } from './reject-reason.ts';

describe('why a line was not imported', () => {
  it('is the server’s own sentence in English', () => {
    const line = { code: 'duplicate_in_stock', reason: 'again.png: already in your stock' } as const;
    expect(rejectReason(line, en)).toBe('again.png: already in your stock');
  });

  it('is said by its code in Russian, keeping the file a file import names', () => {
    expect(rejectReason({ code: 'duplicate_in_stock', reason: 'again.png: already in your stock' }, ru)).toBe(
      'again.png: уже есть в вашем запасе',
    );
    expect(rejectReason({ code: 'duplicate_in_file', reason: 'duplicate of an earlier line in this file' }, ru)).toBe(
      'повтор строки выше в этом файле',
    );
    expect(rejectReason({ code: 'invalid', reason: 'expiry: not a date' }, ru)).toBe(
      'недопустимое значение (expiry: not a date)',
    );
  });
});
