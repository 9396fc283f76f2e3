import { Pool, PurchaseRequest } from '@codepool/shared';
import { describe, expect, it } from 'vitest';
import { purchaseRequest } from '../testing/fixtures.ts';
import { tolerantParse } from './tolerant-parse.ts';

describe('tolerantParse', () => {
  it('passes a complete answer through untouched', () => {
    const r = tolerantParse(PurchaseRequest, purchaseRequest());
    expect(r).toEqual({ ok: true, data: purchaseRequest(), repaired: [] });
  });

  it('reads fields an older server does not send as null, or empty', () => {
    const { disputedAt: _d, refundedAt: _r, items: _i, ...older } = purchaseRequest();
    const r = tolerantParse(PurchaseRequest, older);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.disputedAt).toBeNull();
    expect(r.data.refundedAt).toBeNull();
    expect(r.data.items).toEqual([]);
    expect(r.repaired.sort()).toEqual(['disputedAt', 'items', 'refundedAt']);
  });

  it('fills a missing non-nullable field with the empty value of its type', () => {
    const { title: _t, ...noTitle } = purchaseRequest();
    const r = tolerantParse(PurchaseRequest, noTitle);
    expect(r.ok && r.data.title).toBe('');
  });

  it('fills missing fields deep inside', () => {
    const pool = {
      id: '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e6f',
      name: 'Steam',
      deliveryType: 'code',
      fields: [],
      lowStockThreshold: 2,
      normalisation: 'trim',
      archivedAt: null,
      createdAt: '2025-11-20T10:00:00.000Z',
      // An enum has no empty value to fill in, so a pool from before sources had one names its mode.
      source: 'stock',
      stock: { available: 3, reserved: 0, delivered: 1, expired: 0, invalid: 0, withdrawn: 0 },
    };
    const r = tolerantParse(Pool, pool);
    expect(r.ok).toBe(true);
    expect(r.ok && r.data.stock.expiringSoon).toBe(0);
    expect(r.ok && r.data.pausedAt).toBeNull();
  });

  it('never rewrites a field that is present with a wrong value', () => {
    const r = tolerantParse(PurchaseRequest, { ...purchaseRequest(), status: 'teleported', total: 'lots' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.join('\n')).toMatch(/status/);
    expect(r.problems.join('\n')).toMatch(/total/);
  });
});
