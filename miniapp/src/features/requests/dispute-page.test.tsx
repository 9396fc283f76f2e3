import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../../lib/session.ts';
import { fakeApi, openedDispute, purchaseRequest, REQUEST_ID } from '../../testing/fixtures.ts';
import { renderWithI18n } from '../../testing/render.tsx';
import { DisputePage } from './dispute-page.tsx';

afterEach(() => vi.unstubAllGlobals());

describe('DisputePage', () => {
  it('sends the dispute as the Telegram user and goes back to the purchase', async () => {
    startSession('query_id=1&hash=abc');
    window.location.hash = `#/purchases/${REQUEST_ID}/dispute`;
    const api = fakeApi({
      [`GET /api/requests/${REQUEST_ID}`]: { status: 200, body: purchaseRequest() },
      [`POST /api/requests/${REQUEST_ID}/dispute`]: { status: 201, body: openedDispute() },
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderWithI18n(<DisputePage id={REQUEST_ID} />);

    await user.click(await screen.findByLabelText(/The code is invalid/));
    await user.click(screen.getByRole('button', { name: 'Report the problem' }));

    await vi.waitFor(() => expect(window.location.hash).toBe(`#/purchases/${REQUEST_ID}`));
    expect(screen.queryByRole('alert')).toBeNull();
    const sent = api.calls.find((c) => c.method === 'POST');
    expect(sent).toMatchObject({ path: `/api/requests/${REQUEST_ID}/dispute`, body: { reason: 'invalid', text: '' } });
    expect(sent?.headers.get('authorization')).toBe('tma query_id=1&hash=abc');
  });

  it("shows the server's own message when it refuses the dispute", async () => {
    startSession('query_id=1&hash=abc');
    const api = fakeApi({
      [`GET /api/requests/${REQUEST_ID}`]: { status: 200, body: purchaseRequest() },
      [`POST /api/requests/${REQUEST_ID}/dispute`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'the dispute window has closed' } },
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderWithI18n(<DisputePage id={REQUEST_ID} />);

    await user.click(await screen.findByLabelText(/Wrong region/));
    await user.click(screen.getByRole('button', { name: 'Report the problem' }));
    expect(await screen.findByText('The dispute window has closed.')).toBeTruthy();
  });

  it('does not offer the form for a purchase that is not delivered', async () => {
    startSession('query_id=1&hash=abc');
    const api = fakeApi({
      [`GET /api/requests/${REQUEST_ID}`]: { status: 200, body: purchaseRequest({ status: 'completed' }) },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderWithI18n(<DisputePage id={REQUEST_ID} />);
    expect(await screen.findByText(/Problems can be reported on a delivered purchase/)).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
  });
});
