import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../../lib/session.ts';
import { fakeApi, publicTemplate, publicVariant, purchaseRequest, TEMPLATE_ID } from '../../testing/fixtures.ts';
import { renderWithI18n } from '../../testing/render.tsx';
import { TemplatePage } from './template-page.tsx';

afterEach(() => vi.unstubAllGlobals());

const TEN = publicVariant({ id: '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e81', title: '$10 · US', price: 500 });
const EU = publicVariant({
  id: '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e82',
  title: '$25 · EU',
  price: 1200,
  minPerOrder: 2,
  maxPerOrder: 5,
  remaining: 12,
  buyerLimit: { count: 5, period: 'day' },
  buyerRemaining: 4,
  maxNow: 4,
});
const FIFTY = publicVariant({
  id: '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e83',
  title: '$50 · US',
  price: 2400,
  inStock: false,
  maxNow: 0,
  blockedBy: 'sold_out',
});
const LISTING = `GET /api/templates/${TEMPLATE_ID}`;

function openListing(template = publicTemplate({ variants: [TEN, EU, FIFTY] }), variantId?: string) {
  startSession('query_id=1&hash=abc');
  const routes: Record<string, { status: number; body: unknown }> = { [LISTING]: { status: 200, body: template } };
  const api = fakeApi(routes);
  vi.stubGlobal('fetch', api.fetch);
  renderWithI18n(<TemplatePage id={TEMPLATE_ID} variantId={variantId} />);
  return { api, routes, user: userEvent.setup() };
}

const option = (name: RegExp) => screen.getByRole<HTMLInputElement>('radio', { name });

describe('TemplatePage with variants', () => {
  it('offers every variant with its price, disables the sold-out one and chooses the first in stock', async () => {
    openListing();
    const group = await screen.findByRole('radiogroup');
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(option(/\$10 · US/).checked).toBe(true);
    expect(option(/\$10 · US/).disabled).toBe(false);
    expect(option(/\$50 · US/).disabled).toBe(true);
    expect(option(/\$50 · US/).closest('label')?.textContent).toContain('Sold out');
    expect(option(/\$25 · EU/).closest('label')?.textContent).toContain('1,200 Stars');
    // The sold-out one can still be watched for its restock.
    expect(screen.getByRole('button', { name: 'Notify me' })).toBeTruthy();
  });

  it('shows what is left and the buyer’s own limit on a limited variant', async () => {
    openListing();
    const eu = (await screen.findByRole<HTMLInputElement>('radio', { name: /\$25 · EU/ })).closest('label');
    expect(eu?.textContent).toContain('12 left · You can buy 4 more today');
    expect(option(/\$10 · US/).closest('label')?.textContent).not.toMatch(/left|You can buy/);
  });

  it('says why a variant is disabled: a cap reached, the buyer’s limit, a pause', async () => {
    const capped = publicVariant({ ...EU, remaining: 0, maxNow: 0, blockedBy: 'variant_cap' });
    const limited = publicVariant({ ...FIFTY, inStock: true, buyerRemaining: 0, blockedBy: 'buyer_limit' });
    openListing(publicTemplate({ variants: [TEN, capped, limited] }));
    await screen.findByRole('radiogroup');
    expect(option(/\$25 · EU/).disabled).toBe(true);
    expect(option(/\$25 · EU/).closest('label')?.textContent).toContain('Sold out (limited edition)');
    expect(option(/\$50 · US/).disabled).toBe(true);
    expect(option(/\$50 · US/).closest('label')?.textContent).toContain('Your limit reached');
    // Neither is sold out for want of stock: nothing to be told about.
    expect(screen.queryByRole('button', { name: 'Notify me' })).toBeNull();
  });

  it('runs the stepper from the variant’s minimum to the most the buyer may order now', async () => {
    const { user } = openListing();
    await user.click(await screen.findByRole('radio', { name: /\$25 · EU/ }));
    const quantity = screen.getByRole('status', { name: 'Quantity' });
    expect(quantity.textContent).toBe('2');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'One less' }).disabled).toBe(true);
    expect(screen.getByText('2 to 5 per order')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'One more' }));
    await user.click(screen.getByRole('button', { name: 'One more' }));
    expect(quantity.textContent).toBe('4');
    // maxNow is 4 (the buyer's limit), under the per-order 5.
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'One more' }).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Buy for ⭐ 4,800' })).toBeTruthy();
  });

  it('buys the chosen variant: templateId, variantId and quantity', async () => {
    const { api, routes, user } = openListing();
    routes['POST /api/requests'] = { status: 201, body: purchaseRequest({ status: 'pending_payment' }) };
    await user.click(await screen.findByRole('radio', { name: /\$25 · EU/ }));
    await user.click(screen.getByRole('button', { name: 'One more' }));
    await user.click(screen.getByRole('button', { name: /^Buy for/ }));
    await vi.waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.path === '/api/requests')?.body).toEqual({
      templateId: TEMPLATE_ID,
      variantId: EU.id,
      quantity: 3,
    });
  });

  it('shows a refusal that names its rule clearly, and loads the listing again', async () => {
    const { api, routes, user } = openListing();
    routes['POST /api/requests'] = {
      status: 429,
      body: {
        error: {
          code: 'limit_exceeded',
          message: 'you may buy 5 of these per day; you have 1 left',
          details: { rule: 'buyer_limit', count: 5, period: 'day', remaining: 1 },
        },
      },
    };
    await user.click(await screen.findByRole('radio', { name: /\$25 · EU/ }));
    await user.click(screen.getByRole('button', { name: /^Buy for/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your limit reached');
    expect(alert.textContent).toContain('You may buy 5 of these per day; you have 1 left.');
    await vi.waitFor(() => expect(api.calls.filter((c) => c.path === `/api/templates/${TEMPLATE_ID}`)).toHaveLength(2));
  });

  it('asks for a back-in-stock alert for the sold-out variant', async () => {
    const { api, routes, user } = openListing();
    routes[`POST /api/templates/${TEMPLATE_ID}/watch`] = { status: 200, body: { watching: true } };
    await user.click(await screen.findByRole('button', { name: 'Notify me' }));
    await screen.findByText('We will tell you');
    expect(api.calls.find((c) => c.path.endsWith('/watch'))?.body).toEqual({ variantId: FIFTY.id });
  });

  it('chooses the variant of a deep link', async () => {
    openListing(undefined, EU.id);
    await screen.findByRole('radiogroup');
    expect(option(/\$25 · EU/).checked).toBe(true);
    expect(option(/\$10 · US/).checked).toBe(false);
  });
});

describe('TemplatePage with one variant', () => {
  it('looks as a listing always did: no picker, the per-order range beside the quantity', async () => {
    const { api, routes, user } = openListing(publicTemplate());
    await screen.findByRole('heading', { name: 'Steam Gift Card' });
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.getByText('In stock')).toBeTruthy();
    expect(screen.getByText('Up to 3 per order')).toBeTruthy();
    routes['POST /api/requests'] = { status: 201, body: purchaseRequest({ status: 'pending_payment' }) };
    await user.click(screen.getByRole('button', { name: 'Buy for ⭐ 250' }));
    await vi.waitFor(() => expect(api.calls.some((c) => c.path === '/api/requests')).toBe(true));
    expect(api.calls.find((c) => c.path === '/api/requests')?.body).toMatchObject({ quantity: 1 });
  });

  it('says what is left and the buyer’s limit beside the quantity', async () => {
    const limited = publicVariant({
      remaining: 7,
      buyerLimit: { count: 2, period: 'week' },
      buyerRemaining: 2,
      maxNow: 2,
    });
    openListing(publicTemplate({ variants: [limited] }));
    expect(await screen.findByText('Up to 3 per order · 7 left · You can buy 2 more this week')).toBeTruthy();
  });

  it('offers the back-in-stock alert when its only variant is sold out', async () => {
    const { api, routes, user } = openListing(publicTemplate({ variants: [FIFTY] }));
    routes[`POST /api/templates/${TEMPLATE_ID}/watch`] = { status: 200, body: { watching: true } };
    await user.click(await screen.findByRole('button', { name: 'Notify me when it is back' }));
    await screen.findByText('We will message you in Telegram when it is back.');
    expect(api.calls.find((c) => c.path.endsWith('/watch'))?.body).toEqual({ variantId: FIFTY.id });
    expect(screen.queryByRole('button', { name: /^Buy for/ })).toBeNull();
  });

  it('reads a listing paused for want of stock as sold out, one the seller paused as paused', async () => {
    openListing(publicTemplate({ purchasable: false, variants: [FIFTY] }));
    expect(await screen.findByRole('button', { name: 'Notify me when it is back' })).toBeTruthy();
    expect(screen.queryByText('Paused')).toBeNull();
    vi.unstubAllGlobals();
    cleanup();
    openListing(publicTemplate({ purchasable: false, variants: [publicVariant({ maxNow: 0, blockedBy: 'paused' })] }));
    expect(await screen.findByText('Not available right now')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Buy for|Notify me/ })).toBeNull();
  });
});
