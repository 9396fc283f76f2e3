import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';

/** The classes of 500 the OpenAPI fuzz found, each pinned by a plain request. */
describe('what the fuzz found', () => {
  let app: TestApp;
  let shop: Awaited<ReturnType<typeof shopWith>>;
  beforeAll(async () => {
    app = await startTestApp();
    shop = await shopWith(app, [{ code: randomCode() }]);
  });
  afterAll(() => app.close());

  it('treats a session cookie that is not valid percent-encoding as no session (401, not 500)', async () => {
    for (const path of ['/me', '/pools', `/templates/${shop.templateId}`]) {
      const r = await app.api('GET', path, { headers: { cookie: 'cp_session=%E0%A4%A' } });
      expect(r.status, path).toBe(401);
      expect(r.body.error.code).toBe('session_expired');
    }
    // Another cookie's bad encoding does not stand in the way of a good session either.
    const r = await app.api('GET', '/pools', { auth: shop.seller.auth, headers: { cookie: 'other=%E0%A4%A' } });
    expect(r.status).toBe(200);
  });

  it('refuses a NUL in any JSON string with a 400 naming the field, and changes nothing', async () => {
    const before = await app.api('GET', `/pools/${shop.poolId}`, { auth: shop.seller.auth });
    const r = await app.api('PATCH', `/pools/${shop.poolId}`, {
      auth: shop.seller.auth,
      body: { name: 'Cards\u0000' },
    });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'validation_failed', details: [{ path: 'name' }] });
    const after = await app.api('GET', `/pools/${shop.poolId}`, { auth: shop.seller.auth });
    expect(after.body.name).toBe(before.body.name);

    // Nested, in a key, in a listing's text: the same answer.
    const nested = await app.api('POST', `/pools/${shop.poolId}/items`, {
      auth: shop.seller.auth,
      body: { items: [{ fields: { code: 'A' }, supplier: 'x\u0000' }] },
    });
    expect(nested.body.error).toMatchObject({ code: 'validation_failed', details: [{ path: 'items.0.supplier' }] });
    const key = await app.api('POST', `/pools/${shop.poolId}/items`, {
      auth: shop.seller.auth,
      body: { items: [{ fields: { 'co\u0000de': 'A' } }] },
    });
    expect(key.status).toBe(400);
    const listing = await app.api('POST', '/templates', {
      auth: shop.seller.auth,
      body: { title: 'T', price: 1, currency: 'XTR', instructions: '\u0000' },
    });
    expect(listing.status).toBe(400);
  });

  it('refuses a NUL or broken percent-encoding in the path or the query with a 400', async () => {
    const s = shop.seller.auth;
    for (const path of [
      '/pools/%00',
      '/pools/%E0%A4%A',
      '/pools/%C0%AF/items',
      '/audit?cursor=a%00b',
      '/requests?role=%00',
    ]) {
      const r = await app.api('GET', path, { auth: s });
      expect(r.status, path).toBe(400);
      expect(r.body.error.code, path).toBe('validation_failed');
    }
  });

  it('answers a malformed multipart upload, or a NUL in its file name or fields, with a 400', async () => {
    const truncated = await app.api('POST', `/pools/${shop.poolId}/imports`, {
      auth: shop.seller.auth,
      raw: '--x\r\nbroken',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect(truncated.status).toBe(400);
    const form = (name: string, fields: Record<string, string> = {}) => {
      const f = new FormData();
      for (const [k, v] of Object.entries(fields)) f.append(k, v);
      f.append('file', new Blob(['code\nNUL-1\n'], { type: 'text/csv' }), name);
      return f;
    };
    for (const body of [form('a\u0000b.csv'), form('codes.csv', { mapping: '{"0":"\\u0000"}', separator: ',' })]) {
      const r = await fetch(`${app.base}/api/pools/${shop.poolId}/imports`, {
        method: 'POST',
        headers: { authorization: shop.seller.auth },
        body,
      });
      expect(r.status).toBe(400);
    }
    const imports = await app.api('GET', `/pools/${shop.poolId}/imports`, { auth: shop.seller.auth });
    expect(imports.body.items.filter((b: { source: string }) => b.source === 'csv')).toEqual([]);
  });
});
