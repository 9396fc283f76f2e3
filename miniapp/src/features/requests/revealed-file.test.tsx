import type { RevealedFile } from '@codepool/shared';
import { ApiError } from '@codepool/shared/client';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../testing/render.tsx';
import { RevealedFileView } from './revealed-file.tsx';

const REQUEST = '0190f0c0-0000-7000-8000-000000000001';
const ITEM = '0190f0c0-0000-7000-8000-000000000002';
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const file = (contentType: RevealedFile['contentType'], url = '/api/files/first'): RevealedFile => ({
  name: contentType === 'image/png' ? 'card.png' : 'voucher.pdf',
  contentType,
  size: 182_000,
  download: { url, expiresAt: inMinutes(5) },
});

describe('RevealedFileView', () => {
  it('asks for a fresh link once when the image fails to load, then says it could not be loaded', async () => {
    const newLink = vi.fn().mockResolvedValue({ url: '/api/files/second', expiresAt: inMinutes(5) });
    renderWithI18n(<RevealedFileView requestId={REQUEST} itemId={ITEM} file={file('image/png')} newLink={newLink} />);
    const img = screen.getByRole('img', { name: 'card.png' }) as HTMLImageElement;
    expect(img.getAttribute('src')).toBe('/api/files/first');

    fireEvent.error(img);
    await waitFor(() => expect(img.getAttribute('src')).toBe('/api/files/second'));
    expect(newLink).toHaveBeenCalledWith(REQUEST, ITEM);

    fireEvent.error(img);
    expect((await screen.findByRole('alert')).textContent).toContain('The picture could not be loaded');
    expect(screen.queryByRole('img')).toBeNull();
    expect(newLink).toHaveBeenCalledTimes(1);
  });

  it("uses the reveal's link for the first download and a fresh one after; a refusal is shown", async () => {
    const user = userEvent.setup();
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${new URL(this.href).pathname}`);
    });
    const newLink = vi
      .fn()
      .mockResolvedValueOnce({ url: '/api/files/second', expiresAt: inMinutes(5) })
      .mockRejectedValueOnce(new ApiError(404, 'not_found', 'file item of this purchase not found'));
    renderWithI18n(
      <RevealedFileView requestId={REQUEST} itemId={ITEM} file={file('application/pdf')} newLink={newLink} />,
    );
    expect(screen.getByText('PDF · 182.0 KB')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();

    const download = screen.getByRole('button', { name: 'Download' });
    await user.click(download);
    await user.click(download);
    expect(clicked).toEqual(['voucher.pdf /api/files/first', 'voucher.pdf /api/files/second']);
    await user.click(download);
    expect((await screen.findByRole('alert')).textContent).toContain('The download could not start');
    expect(newLink).toHaveBeenCalledTimes(2);
    click.mockRestore();
  });
});
