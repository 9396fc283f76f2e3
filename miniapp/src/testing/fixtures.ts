import type { Dispute, PublicTemplate, PublicVariant, PurchaseRequest, RevealResult } from '@codepool/shared';

export const REQUEST_ID = '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e6f';
export const ITEM_ID = '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e70';
export const TEMPLATE_ID = '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e71';

export function purchaseRequest(overrides: Partial<PurchaseRequest> = {}): PurchaseRequest {
  return {
    id: REQUEST_ID,
    templateId: TEMPLATE_ID,
    variantId: '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e75',
    title: 'Steam Gift Card 20 EUR',
    variantTitle: 'Standard',
    buyerId: '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e72',
    sellerId: '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e73',
    quantity: 1,
    unitPrice: 250,
    total: 250,
    currency: 'XTR',
    status: 'delivered',
    createdAt: '2025-11-20T10:00:00.000Z',
    expiresAt: null,
    fundedAt: '2025-11-20T10:01:00.000Z',
    deliveredAt: '2025-11-20T10:01:01.000Z',
    completedAt: null,
    cancelledAt: null,
    disputedAt: null,
    refundedAt: null,
    disputeWindowEndsAt: '2025-11-22T10:01:01.000Z',
    items: [{ id: ITEM_ID, preview: '•••••••••••••KD83', revealedAt: null }],
    itemsOwed: 0,
    refundByHand: false,
    openDispute: null,
    ...overrides,
  };
}

/** A variant as GET /templates/:id shows it to a buyer with nothing in their way. */
export function publicVariant(overrides: Partial<PublicVariant> = {}): PublicVariant {
  return {
    id: '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e75',
    title: 'Standard',
    price: 250,
    minPerOrder: 1,
    maxPerOrder: 3,
    inStock: true,
    remaining: null,
    buyerLimit: null,
    buyerRemaining: null,
    maxNow: 3,
    blockedBy: null,
    ...overrides,
  };
}

/** A listing as its buyer sees it; one variant unless `variants` says otherwise. */
export function publicTemplate(overrides: Partial<PublicTemplate> = {}): PublicTemplate {
  const variants = overrides.variants ?? [publicVariant()];
  return {
    id: TEMPLATE_ID,
    title: 'Steam Gift Card',
    description: 'A Steam wallet code.',
    price: Math.min(...variants.map((v) => v.price)),
    currency: 'XTR',
    purchasable: true,
    inStock: variants.some((v) => v.inStock),
    sellerName: 'Alice',
    maxQuantity: null,
    remaining: null,
    ...overrides,
    variants,
  };
}

/** The answer to POST /requests/:id/dispute: the dispute just opened on the request's item. */
export function openedDispute(overrides: Partial<Dispute> = {}): Dispute {
  return {
    id: '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e74',
    requestId: REQUEST_ID,
    reason: 'invalid',
    text: '',
    itemIds: [ITEM_ID],
    status: 'open',
    openedAt: '2025-11-20T11:00:00.000Z',
    respondBy: '2025-11-21T11:00:00.000Z',
    resolvedAt: null,
    replacementItemIds: [],
    ...overrides,
  };
}

export const REVEALED: RevealResult = {
  requestId: REQUEST_ID,
  instructions: 'Open Steam → Games → Activate a product on Steam.',
  items: [
    {
      id: ITEM_ID,
      revealedAt: '2025-11-20T10:05:00.000Z',
      fields: [
        { name: 'code', label: 'Code', value: 'STEAM-7Q4X-2WJ9-KD83', sensitive: true },
        { name: 'value', label: 'Value', value: '20 EUR', sensitive: false },
      ],
    },
  ],
};

/** A fetch that answers by method and path, as the Codepool API would. */
export function fakeApi(routes: Record<string, { status: number; body: unknown }>) {
  const calls: { method: string; path: string; headers: Headers; body: unknown }[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    calls.push({
      method,
      path: url.pathname,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const answer = routes[`${method} ${url.pathname}`] ?? {
      status: 404,
      body: { error: { code: 'not_found', message: `no route ${method} ${url.pathname}` } },
    };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch, calls };
}
