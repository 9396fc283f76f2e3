import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectRealtime } from '../../lib/realtime.ts';
import { startSession } from '../../lib/session.ts';
import { fakeApi, purchaseRequest, REQUEST_ID } from '../../testing/fixtures.ts';
import { renderWithI18n } from '../../testing/render.tsx';
import { RequestPage } from './request-page.tsx';

/**
 * socket.io is the edge here: a stand-in socket the test pushes server events into, so the
 * page's own subscription, reload and rendering run for real.
 */
const socket = vi.hoisted(() => {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    on(event: string, l: (payload: unknown) => void) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(l);
      return this;
    },
    off(event: string, l: (payload: unknown) => void) {
      listeners.get(event)?.delete(l);
      return this;
    },
    disconnect() {},
    emit(event: string, payload: unknown) {
      for (const l of listeners.get(event) ?? []) l(payload);
    },
    count: (event: string) => listeners.get(event)?.size ?? 0,
  };
});
vi.mock('socket.io-client', () => ({ io: () => socket }));

afterEach(() => vi.unstubAllGlobals());

describe('RequestPage while the supplier prepares the order', () => {
  it('shows "Being prepared" with a progress bar and the hint, then the delivery the moment delivery-update arrives', async () => {
    startSession('query_id=1&hash=abc');
    connectRealtime('query_id=1&hash=abc');
    const preparing = purchaseRequest({ status: 'preparing', deliveredAt: null, items: [], itemsOwed: 1 });
    const routes = { [`GET /api/requests/${REQUEST_ID}`]: { status: 200, body: preparing as unknown } };
    const api = fakeApi(routes);
    vi.stubGlobal('fetch', api.fetch);
    renderWithI18n(<RequestPage id={REQUEST_ID} />);

    expect(await screen.findByRole('progressbar', { name: 'Being prepared' })).toBeTruthy();
    expect(screen.getAllByText('Being prepared').length).toBeGreaterThan(0);
    expect(document.body.textContent).toContain('The seller’s supplier is preparing your order');
    // In progress, not an end state: nothing to reveal or confirm yet.
    expect(screen.queryByRole('button', { name: 'Reveal' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Confirm receipt' })).toBeNull();
    expect(socket.count('delivery-update')).toBe(1);

    // The supplier's keys arrived: the server delivers and says so; the page loads it again.
    routes[`GET /api/requests/${REQUEST_ID}`] = { status: 200, body: purchaseRequest() };
    act(() =>
      socket.emit('delivery-update', { requestId: REQUEST_ID, status: 'delivered', quantity: 1, delivered: 1 }),
    );

    expect(await screen.findByRole('button', { name: 'Reveal' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByTestId('masked-preview').textContent).toBe('•••••••••••••KD83');
    expect(api.calls.filter((c) => c.method === 'GET')).toHaveLength(2);
  });

  it('ignores another request’s delivery', async () => {
    startSession('query_id=1&hash=abc');
    connectRealtime('query_id=1&hash=abc');
    const api = fakeApi({
      [`GET /api/requests/${REQUEST_ID}`]: { status: 200, body: purchaseRequest({ status: 'preparing', items: [] }) },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderWithI18n(<RequestPage id={REQUEST_ID} />);
    await screen.findByRole('progressbar');
    act(() =>
      socket.emit('delivery-update', { requestId: 'someone-else', status: 'delivered', quantity: 1, delivered: 1 }),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(api.calls).toHaveLength(1);
    expect(screen.getByRole('progressbar')).toBeTruthy();
  });
});
