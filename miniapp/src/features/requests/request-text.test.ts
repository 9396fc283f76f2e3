import { describe, expect, it } from 'vitest';
import { en } from '../../testing/render.tsx';
import { fileNameFor, requestAsText } from './request-text.ts';

const formula = '=HYPERLINK("http://x","y")';

describe('requestAsText', () => {
  const text = requestAsText(
    en.t,
    { id: '01a230ab-0000-7000-8000-000000000001', title: 'Gift card' },
    {
      requestId: '01a230ab-0000-7000-8000-000000000001',
      instructions: 'Redeem at example.test',
      items: [
        {
          id: 'i1',
          revealedAt: '2026-12-01T00:00:00.000Z',
          fields: [
            { name: 'code', label: 'Code', value: formula, sensitive: true },
            { name: 'pin', label: 'PIN', value: '+1234', sensitive: true },
          ],
        },
      ],
    },
  );

  it('keeps every value byte for byte, formula-looking or not', () => {
    expect(text).toContain(`Code: ${formula}\n`);
    expect(text).toContain('PIN: +1234\n');
    expect(text).toContain('How to use\nRedeem at example.test\n');
  });

  it('starts no line with a character a spreadsheet would run as a formula', () => {
    // A value always follows its label, so a file opened in a spreadsheet shows it as text.
    const risky = text.split('\n').filter((line) => /^[=+\-@\t\r]/.test(line));
    expect(risky).toEqual([]);
  });

  it('names the file as text, never as a spreadsheet', () => {
    expect(fileNameFor('Gift card', '01a230ab-0000')).toBe('gift-card-01a230ab.txt');
  });
});
