import { describe, expect, it } from 'vitest';
import { en, ru } from '../../../testing/i18n.ts';
import { sentAs } from './batch-label.ts';

describe('what a batch was sent as', () => {
  it('says a file upload held more than its first file, but names a ZIP or a CSV as it is', () => {
    expect(sentAs({ source: 'files', fileName: 'card-1.png', rows: 3 }, en.t)).toBe('card-1.png + 2 more');
    expect(sentAs({ source: 'files', fileName: 'card-1.png', rows: 1 }, en.t)).toBe('card-1.png');
    expect(sentAs({ source: 'files', fileName: 'batch-7.ZIP', rows: 41 }, en.t)).toBe('batch-7.ZIP');
    expect(sentAs({ source: 'csv', fileName: 'codes.csv', rows: 1000 }, en.t)).toBe('codes.csv');
    expect(sentAs({ source: 'api', fileName: null, rows: 2 }, en.t)).toBeNull();
  });

  it('says it in Russian, the count formatted for Russian', () => {
    expect(sentAs({ source: 'files', fileName: 'card-1.png', rows: 1001 }, ru.t)).toBe('card-1.png и ещё 1\u00a0000');
  });
});
