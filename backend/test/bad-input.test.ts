import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';

describe('bad input gets a 4xx in the error shape and changes nothing', () => {
  let app: TestApp;
  let shop: Awaited<ReturnType<typeof shopWith>>;
  beforeAll(async () => {
    app = await startTestApp();
    shop = await shopWith(app, [{ code: randomCode() }]);
  });
  afterAll(() => app.close());

  const counts = async () =>
    (
      await app.db.$client.query(
        `select (select count(*) from pools) p, (select count(*) from pool_items) i, (select count(*) from templates) t,
                (select count(*) from purchase_requests) r`,
      )
    ).rows[0];

  it('refuses each kind of malformed request with the right status and code', async () => {
    const before = await counts();
    const s = shop.seller.auth;
    const b = app.buyer().auth;
    const big = 'x'.repeat(3 * 1024 * 1024);
    const cases: [string, Promise<{ status: number; body: any }>, number, string][] = [
      [
        'malformed JSON',
        app.api('POST', '/pools', { auth: s, raw: '{"name": "x",', headers: { 'content-type': 'application/json' } }),
        400,
        'invalid_json',
      ],
      [
        'not JSON at all',
        app.api('POST', '/pools', {
          auth: s,
          raw: 'name=x',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
        415,
        'unsupported_media_type',
      ],
      [
        'unknown field',
        app.api('POST', '/pools', { auth: s, body: { name: 'P', deliveryType: 'code', colour: 'red' } }),
        400,
        'validation_failed',
      ],
      [
        'wrong type',
        app.api('POST', '/pools', { auth: s, body: { name: 42, deliveryType: 'code' } }),
        400,
        'validation_failed',
      ],
      [
        'unknown enum',
        app.api('POST', '/pools', { auth: s, body: { name: 'P', deliveryType: 'diamonds' } }),
        400,
        'validation_failed',
      ],
      ['array body', app.api('POST', '/pools', { auth: s, body: [1, 2] }), 400, 'validation_failed'],
      [
        'null body',
        app.api('POST', '/pools', { auth: s, raw: 'null', headers: { 'content-type': 'application/json' } }),
        400,
        'invalid_json',
      ],
      [
        'oversized body',
        app.api('POST', `/pools/${shop.poolId}/items`, { auth: s, body: { items: [{ fields: { code: big } }] } }),
        413,
        'payload_too_large',
      ],
      [
        'too many items',
        app.api('POST', `/pools/${shop.poolId}/items`, {
          auth: s,
          body: { items: Array.from({ length: 1001 }, (_, i) => ({ fields: { code: `C${i}` } })) },
        }),
        400,
        'validation_failed',
      ],
      ['bad UUID in path', app.api('GET', '/pools/not-a-uuid', { auth: s }), 400, 'validation_failed'],
      [
        'bad UUID in body',
        app.api('POST', '/requests', { auth: b, body: { templateId: 'nope' } }),
        400,
        'validation_failed',
      ],
      [
        'negative quantity',
        app.api('POST', '/requests', { auth: b, body: { templateId: shop.templateId, quantity: -1 } }),
        400,
        'validation_failed',
      ],
      [
        'fractional price',
        app.api('POST', '/templates', { auth: s, body: { title: 'T', price: 1.5, currency: 'XTR' } }),
        400,
        'validation_failed',
      ],
      [
        'wrong currency',
        app.api('POST', '/templates', { auth: s, body: { title: 'T', price: 1, currency: 'USD' } }),
        400,
        'validation_failed',
      ],
      [
        'quantity over the listing limit',
        app.api('POST', '/requests', { auth: b, body: { templateId: shop.templateId, quantity: 6 } }),
        400,
        'validation_failed',
      ],
      [
        'bad query value',
        app.api('GET', `/pools/${shop.poolId}/items?limit=abc`, { auth: s }),
        400,
        'validation_failed',
      ],
      [
        'bad status filter',
        app.api('GET', `/pools/${shop.poolId}/items?status=sold`, { auth: s }),
        400,
        'validation_failed',
      ],
      ['empty patch', app.api('PATCH', `/pools/${shop.poolId}`, { auth: s, body: {} }), 400, 'validation_failed'],
      [
        'custom pool without fields',
        app.api('POST', '/pools', { auth: s, body: { name: 'C', deliveryType: 'custom' } }),
        400,
        'validation_failed',
      ],
      ['unknown route', app.api('GET', '/nothing-here', { auth: s }), 404, 'not_found'],
      [
        'webhook garbage',
        app.api('POST', '/payments/webhook/BAD PROVIDER!', { raw: '\u0000\u0001' }),
        400,
        'validation_failed',
      ],
    ];
    for (const [name, call, status, code] of cases) {
      const res = await call;
      expect(res.status, name).toBe(status);
      expect(res.body?.error?.code, name).toBe(code);
      expect(typeof res.body.error.message, name).toBe('string');
    }
    expect(await counts()).toEqual(before);
  });

  it('reports invalid items one by one, and refuses duplicates unless asked to skip them', async () => {
    const s = shop.seller.auth;
    const mixed = await app.api('POST', `/pools/${shop.poolId}/items`, {
      auth: s,
      body: {
        items: [
          { fields: { code: 'GOOD-0001' } },
          { fields: { pin: '1234' } },
          { fields: { code: 'GOOD-0002', colour: 'red' } },
          { fields: { code: 'OLD-0001' }, expiresAt: '2001-01-01T00:00:00Z' },
        ],
      },
    });
    expect(mixed.status).toBe(201);
    expect(mixed.body).toMatchObject({
      accepted: 1,
      invalid: 3,
      rejected: [
        { index: 1, reason: 'missing code' },
        { index: 2, reason: 'unknown field "colour"' },
        { index: 3, reason: 'already expired' },
      ],
    });

    const before = await counts();
    const dup = await app.api('POST', `/pools/${shop.poolId}/items`, {
      auth: s,
      body: {
        items: [
          { fields: { code: 'NEW-0001' } },
          { fields: { code: ' GOOD-0001 ' } },
          { fields: { code: 'NEW-0001' } },
        ],
      },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.details.duplicateIndexes).toEqual([1, 2]);
    expect(await counts()).toEqual(before);

    const skipped = await app.api('POST', `/pools/${shop.poolId}/items`, {
      auth: s,
      body: {
        skipDuplicates: true,
        items: [{ fields: { code: 'NEW-0001' } }, { fields: { code: 'GOOD-0001' } }, { fields: { code: 'NEW-0001' } }],
      },
    });
    expect(skipped.body).toMatchObject({ accepted: 1, duplicates: 2 });
  });

  it('finds duplicates across all of a seller’s pools, by the pool’s normalisation', async () => {
    const s = shop.seller.auth;
    const other = await app.api('POST', '/pools', {
      auth: s,
      body: { name: 'Other', deliveryType: 'code', normalisation: 'alnum' },
    });
    await app.api('POST', `/pools/${other.body.id}/items`, {
      auth: s,
      body: { items: [{ fields: { code: 'ABCD-EFGH-1234' } }] },
    });
    const again = await app.api('POST', `/pools/${other.body.id}/items`, {
      auth: s,
      body: { skipDuplicates: true, items: [{ fields: { code: 'abcd efgh 1234' } }] },
    });
    expect(again.body).toMatchObject({ accepted: 0, duplicates: 1 });
    // Another seller holding the same code is not told so.
    const stranger = await app.seller();
    const theirs = await app.api('POST', '/pools', {
      auth: stranger.auth,
      body: { name: 'Theirs', deliveryType: 'code', normalisation: 'alnum' },
    });
    const added = await app.api('POST', `/pools/${theirs.body.id}/items`, {
      auth: stranger.auth,
      body: { items: [{ fields: { code: 'ABCD-EFGH-1234' } }] },
    });
    expect(added.body).toMatchObject({ accepted: 1, duplicates: 0 });
    const { rows } = await app.db.$client.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'fraud.cross_seller_duplicate' and subject_id = $1",
      [theirs.body.id],
    );
    expect(rows[0]?.n).toBe(1);
  });
});
