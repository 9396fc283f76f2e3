import { ApiError } from '@codepool/shared/client';
import { describe, expect, it } from 'vitest';
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
    expect(limitsInWords('image')).toMatch(
      /^PNG, JPEG, WebP, GIF; each file up to 10 MB, at most 1,000 files and 200 MB/,
    );
    expect(limitsInWords('file')).toContain('PDF, TXT, ZIP');
  });

  it('warns of a file over the size, too many files and too many bytes, naming the file', () => {
    expect(overLimits([{ name: 'ok.png', size: 10 * MiB }])).toEqual([]);
    expect(overLimits([{ name: 'scan.pdf', size: 10 * MiB + 1 }])).toEqual(['scan.pdf is over 10 MB.']);
    // A ZIP is unpacked: its own size is not a file's.
    expect(overLimits([{ name: 'all.zip', size: 50 * MiB }])).toEqual([]);
    const many = Array.from({ length: 1001 }, (_, i) => ({ name: `f${i}.png`, size: 300 * 1024 }));
    expect(overLimits(many)).toEqual(['1,001 files are more than 1,000.', '293.3 MB in all is over 200 MB.']);
  });

  it('heads each refusal by its status, saying nothing was imported', () => {
    expect(refusalTitle(new ApiError(413, 'payload_too_large', 'big.pdf is over 10 MB'))).toContain('Too large');
    expect(refusalTitle(new ApiError(415, 'unsupported_media_type', 'x.png is a PDF'))).toMatch(
      /type .* nothing was imported/,
    );
    expect(refusalTitle(new ApiError(422, 'validation_failed', 'bomb.zip'))).toContain('nothing was imported');
    expect(refusalTitle(new ApiError(409, 'conflict', '1 file(s) are duplicates'))).toContain('nothing was imported');
    expect(refusalTitle(new Error('boom'))).toBe('The upload did not finish');
  });
});
