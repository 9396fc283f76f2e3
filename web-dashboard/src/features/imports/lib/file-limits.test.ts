import { ApiError } from '@codepool/shared/client';
import { describe, expect, it } from 'vitest';
import { en, ru } from '../../../testing/i18n.ts';
import { limitsInWords, overLimits, pickerAccept, refusalTitle } from './file-limits.ts';

const MiB = 1024 * 1024;

describe('the file import limits', () => {
  it('lets an image pool pick images and ZIPs, and a file pool PDFs and text too', () => {
    const image = pickerAccept('image').split(',');
    expect(image).toEqual(expect.arrayContaining(['image/png', '.jpg', '.jpeg', '.webp', '.gif', '.zip']));
    expect(image).not.toContain('.pdf');
    expect(pickerAccept('file').split(',')).toEqual(expect.arrayContaining(['.pdf', '.txt', '.zip', '.png']));
  });

  it('states the types and the limits in words', () => {
    expect(limitsInWords('image', en)).toMatch(
      /^PNG, JPEG, WebP, GIF; each file up to 10 MB, at most 1,000 files and 200 MB/,
    );
    expect(limitsInWords('image', ru)).toMatch(
      /^PNG, JPEG, WebP, GIF; каждый файл — до 10 МБ, в одной загрузке — до 1\u00a0000 файлов/,
    );
    expect(limitsInWords('file', en)).toContain('PDF, TXT, ZIP');
  });

  it('warns of a file over the size, too many files and too many bytes, naming the file', () => {
    expect(overLimits([{ name: 'ok.png', size: 10 * MiB }], en)).toEqual([]);
    expect(overLimits([{ name: 'scan.pdf', size: 10 * MiB + 1 }], en)).toEqual(['scan.pdf is over 10 MB.']);
    // A ZIP is unpacked: its own size is not a file's.
    expect(overLimits([{ name: 'all.zip', size: 50 * MiB }], en)).toEqual([]);
    const many = Array.from({ length: 1001 }, (_, i) => ({ name: `f${i}.png`, size: 300 * 1024 }));
    expect(overLimits(many, en)).toEqual(['1,001 files are more than 1,000.', '293.3 MB in all is over 200 MB.']);
    expect(overLimits(many, ru)).toEqual([
      '1\u00a0001 файл — больше, чем 1\u00a0000.',
      'Всего 293,3 МБ — больше, чем 200 МБ.',
    ]);
  });

  it('heads each refusal by its status, saying nothing was imported', () => {
    expect(refusalTitle(new ApiError(413, 'payload_too_large', 'big.pdf is over 10 MB'), en.t)).toContain('Too large');
    expect(refusalTitle(new ApiError(415, 'unsupported_media_type', 'x.png is a PDF'), en.t)).toMatch(
      /type .* nothing was imported/,
    );
    expect(refusalTitle(new ApiError(422, 'validation_failed', 'bomb.zip'), en.t)).toContain('nothing was imported');
    expect(refusalTitle(new ApiError(409, 'conflict', '1 file(s) are duplicates'), en.t)).toContain(
      'nothing was imported',
    );
    expect(refusalTitle(new Error('boom'), en.t)).toBe('The upload did not finish');
  });
});
