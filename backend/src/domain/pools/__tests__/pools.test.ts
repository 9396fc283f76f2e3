import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/harness.ts';

describe('pools and items', () => {
  let app: TestApp;
  let seller: Awaited<ReturnType<TestApp['seller']>>;
  beforeAll(async () => {
    app = await startTestApp();
    seller = await app.seller();
  });
  afterAll(() => app.close());

  const audit = async (action: string, subjectId: string) =>
    (
      await app.db.$client.query<{ n: number }>(
        'select count(*)::int as n from audit_log where action = $1 and subject_id = $2',
        [action, subjectId],
      )
    ).rows[0]?.n;

  it('creates every delivery type with its field schema, and custom pools with their own', async () => {
    const expected: Record<string, string[]> = {
      code: ['code', 'pin', 'value'],
      key: ['key'],
      account: ['username', 'password', 'email', 'notes'],
      license: ['key', 'seats', 'expires'],
      bundle: ['contents', 'notes'],
    };
    for (const [deliveryType, names] of Object.entries(expected)) {
      const res = await app.api('POST', '/pools', {
        auth: seller.auth,
        body: { name: `T ${deliveryType}`, deliveryType },
      });
      expect(res.status).toBe(201);
      expect(res.body.fields.map((f: { name: string }) => f.name)).toEqual(names);
      expect(await audit('pool.created', res.body.id)).toBe(1);
    }
    const custom = await app.api('POST', '/pools', {
      auth: seller.auth,
      body: {
        name: 'VPN',
        deliveryType: 'custom',
        fields: [
          { name: 'server', label: 'Server', required: true, sensitive: false },
          { name: 'secret', label: 'Secret', required: true, sensitive: true },
        ],
      },
    });
    expect(custom.status).toBe(201);
    const added = await app.api('POST', `/pools/${custom.body.id}/items`, {
      auth: seller.auth,
      body: {
        items: [
          { fields: { server: 'vpn1.example.test', secret: 's3cr3t' } },
          { fields: { server: 'vpn2.example.test' } },
        ],
      },
    });
    expect(added.body).toMatchObject({ accepted: 1, invalid: 1, rejected: [{ index: 1, reason: 'missing secret' }] });
    const same = await app.api('POST', '/pools', { auth: seller.auth, body: { name: 'VPN', deliveryType: 'key' } });
    expect(same.status).toBe(409);
  });

  it('lists items masked, pages by cursor, and counts by status', async () => {
    const pool = await app.api('POST', '/pools', { auth: seller.auth, body: { name: 'Paged', deliveryType: 'key' } });
    const items = Array.from({ length: 7 }, (_, i) => ({
      fields: { key: `KEY-${String(i).padStart(4, '0')}-ABCDEFGH` },
      cost: 100 + i,
      supplier: 'acme',
    }));
    await app.api('POST', `/pools/${pool.body.id}/items`, { auth: seller.auth, body: { items } });
    const first = await app.api('GET', `/pools/${pool.body.id}/items?limit=5`, { auth: seller.auth });
    expect(first.body.items).toHaveLength(5);
    expect(first.body.items[0]).toMatchObject({
      status: 'available',
      preview: '••••••••••••EFGH',
      cost: 100,
      supplier: 'acme',
    });
    expect(JSON.stringify(first.body)).not.toContain('KEY-0');
    const second = await app.api('GET', `/pools/${pool.body.id}/items?limit=5&cursor=${first.body.nextCursor}`, {
      auth: seller.auth,
    });
    expect(second.body.items).toHaveLength(2);
    expect(second.body.nextCursor).toBeNull();

    const ids = [first.body.items[0].id, first.body.items[1].id, second.body.items[0].id];
    const invalid = await app.api('POST', `/pools/${pool.body.id}/items/mark`, {
      auth: seller.auth,
      body: { itemIds: ids.slice(0, 2), status: 'invalid' },
    });
    expect(invalid.body).toEqual({ updated: 2, skipped: 0 });
    const again = await app.api('POST', `/pools/${pool.body.id}/items/mark`, {
      auth: seller.auth,
      body: { itemIds: ids, status: 'withdrawn' },
    });
    expect(again.body).toEqual({ updated: 1, skipped: 2 });
    const got = await app.api('GET', `/pools/${pool.body.id}`, { auth: seller.auth });
    expect(got.body.stock).toMatchObject({ available: 4, invalid: 2, withdrawn: 1 });
    const onlyInvalid = await app.api('GET', `/pools/${pool.body.id}/items?status=invalid`, { auth: seller.auth });
    expect(onlyInvalid.body.items.map((i: { id: string }) => i.id).sort()).toEqual(ids.slice(0, 2).sort());

    // A withdrawn code may come back; an invalid one stays a duplicate.
    const back = await app.api('POST', `/pools/${pool.body.id}/items`, {
      auth: seller.auth,
      body: { skipDuplicates: true, items: [items[0]!, items[5]!].map((i) => ({ fields: i.fields })) },
    });
    expect(back.body).toMatchObject({ accepted: 1, duplicates: 1 });
  });

  it('renames, sets the threshold, and archives (unbinding listings, keeping items)', async () => {
    const pool = await app.api('POST', '/pools', {
      auth: seller.auth,
      body: { name: 'Old name', deliveryType: 'code' },
    });
    await app.api('POST', `/pools/${pool.body.id}/items`, {
      auth: seller.auth,
      body: { items: [{ fields: { code: 'KEEP-ME-1' } }] },
    });
    const tpl = await app.api('POST', '/templates', {
      auth: seller.auth,
      body: { title: 'Bound', price: 3, currency: 'XTR', defaultPoolId: pool.body.id },
    });
    const renamed = await app.api('PATCH', `/pools/${pool.body.id}`, {
      auth: seller.auth,
      body: { name: 'New name', lowStockThreshold: 5 },
    });
    expect(renamed.body).toMatchObject({ name: 'New name', lowStockThreshold: 5 });
    const archived = await app.api('DELETE', `/pools/${pool.body.id}`, { auth: seller.auth });
    expect(archived.body.archivedAt).not.toBeNull();
    expect(archived.body.stock.available).toBe(1);
    const templates = await app.api('GET', '/templates', { auth: seller.auth });
    expect(templates.body.find((t: { id: string }) => t.id === tpl.body.id).defaultPoolId).toBeNull();
    const live = await app.api('GET', '/pools', { auth: seller.auth });
    expect(live.body.map((p: { id: string }) => p.id)).not.toContain(pool.body.id);
    const old = await app.api('GET', '/pools?archived=true', { auth: seller.auth });
    expect(old.body.map((p: { id: string }) => p.id)).toContain(pool.body.id);
    const change = await app.api('PATCH', `/pools/${pool.body.id}`, { auth: seller.auth, body: { name: 'x' } });
    expect(change.status).toBe(409);
    const add = await app.api('POST', `/pools/${pool.body.id}/items`, {
      auth: seller.auth,
      body: { items: [{ fields: { code: 'LATE-1' } }] },
    });
    expect(add.status).toBe(409);
    expect(await audit('pool.archived', pool.body.id)).toBe(1);
  });

  it('publishes the OpenAPI document generated from the same schemas', async () => {
    const doc = await app.api('GET', '/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.0.3');
    const createPool = doc.body.paths['/api/pools'].post;
    expect(createPool.requestBody.content['application/json'].schema.properties.deliveryType.enum).toContain('account');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/pools/{id}/items',
        '/api/requests/{id}/reveal',
        '/api/payments/webhook/{provider}',
      ]),
    );
  });

  it('keeps an item in a pool of its own seller: the database refuses any other pairing', async () => {
    const other = await app.seller();
    const pool = await app.api('POST', '/pools', { auth: seller.auth, body: { name: 'Paired', deliveryType: 'key' } });
    const insert = (sellerId: string) =>
      app.db.$client.query(
        `insert into pool_items (id, pool_id, seller_id, ciphertext, key_version, fingerprint, masked_preview)
         values (gen_random_uuid(), $1, $2, '\\x00', 1, sha256(gen_random_uuid()::text::bytea), '••••')`,
        [pool.body.id, sellerId],
      );
    await expect(insert(other.user.id)).rejects.toThrow(/foreign key/);
    await expect(insert(seller.user.id)).resolves.toMatchObject({ rowCount: 1 });
  });
});
