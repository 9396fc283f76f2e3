import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, importBatches, poolItems } from '../src/db/schema/index.ts';
import { errorHandler } from '../src/http/errors.ts';
import { OpenApiRegistry } from '../src/http/openapi.ts';
import { importRoutes } from '../src/http/routes/imports.ts';
import { randomCode, startTestApp, TEST_BOT_TOKEN, type TestApp } from './harness.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Seller = Awaited<ReturnType<TestApp['seller']>>;

async function poolOf(seller: Seller): Promise<string> {
  const res = await app.api('POST', '/pools', {
    auth: seller.auth,
    body: { name: `Pool ${randomCode()}`, deliveryType: 'code' },
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.id;
}

async function upload(
  base: string,
  auth: string,
  poolId: string,
  content: string,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.append('file', new Blob([content]), 'codes.csv');
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await fetch(`${base}/api/pools/${poolId}/imports`, {
    method: 'POST',
    headers: { authorization: auth },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function countsOf(poolId: string) {
  const [items] = await app.db
    .select({ n: sql<number>`count(*)::int` })
    .from(poolItems)
    .where(eq(poolItems.poolId, poolId));
  const [batches] = await app.db
    .select({ n: sql<number>`count(*)::int` })
    .from(importBatches)
    .where(eq(importBatches.poolId, poolId));
  return { items: items?.n, batches: batches?.n };
}

describe('the upload endpoint', () => {
  it('answers 413 in the API error shape over the size limit, writes nothing and keeps no upload', async () => {
    const uploadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-upload-test-'));
    const router = express.Router();
    importRoutes(
      {
        router,
        deps: app.deps,
        auth: { botToken: TEST_BOT_TOKEN, initDataMaxAgeS: 86_400 },
        openapi: new OpenApiRegistry(),
      },
      { maxBytes: 1024, uploadDir },
    );
    router.use(errorHandler(app.deps.log));
    const small = express().use('/api', router);
    const server = http.createServer(small);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const seller = await app.seller();
      const poolId = await poolOf(seller);
      const big = Array.from({ length: 200 }, () => randomCode()).join('\n');
      const res = await upload(base, seller.auth, poolId, big);
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ error: { code: 'payload_too_large', message: expect.any(String) } });
      expect(await countsOf(poolId)).toEqual({ items: 0, batches: 0 });
      expect(await fs.readdir(uploadDir)).toEqual([]);

      const fits = await upload(base, seller.auth, poolId, 'SMALL-1\nSMALL-2\n');
      expect(fits.status).toBe(201);
      expect(fits.body).toMatchObject({ accepted: 2 });
      // Deleted once imported.
      expect(await fs.readdir(uploadDir)).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fs.rm(uploadDir, { recursive: true, force: true });
    }
  });

  it('needs a file, multipart, a seller and the seller’s own pool', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const form = new FormData();
    form.append('strict', 'true');
    const noFile = await fetch(`${app.base}/api/pools/${poolId}/imports`, {
      method: 'POST',
      headers: { authorization: seller.auth },
      body: form,
    });
    expect(noFile.status).toBe(400);
    expect(((await noFile.json()) as any).error.message).toContain('field "file"');

    const json = await app.api('POST', `/pools/${poolId}/imports`, { auth: seller.auth, body: { file: 'X' } });
    expect(json.status).toBe(415);
    expect((await upload(app.base, 'Bearer cp_nope', poolId, 'X\n')).status).toBe(401);
    const buyer = app.buyer();
    expect((await upload(app.base, buyer.auth, poolId, 'X\n')).status).toBe(403);
    const stranger = await app.seller();
    expect((await upload(app.base, stranger.auth, poolId, 'X\n')).status).toBe(404);
    const badFields = await upload(app.base, seller.auth, poolId, 'X\n', { mapping: '{not json' });
    expect(badFields.status).toBe(400);
    expect(await countsOf(poolId)).toEqual({ items: 0, batches: 0 });
  });
});

describe('undo and restock', () => {
  it('undo withdraws what is still available, keeps what was sold, and lets the codes come back', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const codes = Array.from({ length: 5 }, () => randomCode());
    const imported = await upload(app.base, seller.auth, poolId, codes.join('\n'));
    expect(imported.body).toMatchObject({ accepted: 5 });
    const tpl = await app.api('POST', '/templates', {
      auth: seller.auth,
      body: { title: 'Card', price: 3, currency: 'XTR', defaultPoolId: poolId, maxPerOrder: 5 },
    });
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', {
      auth: buyer.auth,
      body: { templateId: tpl.body.id, quantity: 2 },
    });
    expect((await app.pay(req.body.id, req.body.total)).status).toBe(200);

    const undo = await app.api('POST', `/pools/${poolId}/imports/${imported.body.batchId}/undo`, { auth: seller.auth });
    expect(undo.status).toBe(200);
    expect(undo.body).toEqual({
      batchId: imported.body.batchId,
      status: 'undone',
      withdrawn: 3,
      notWithdrawn: 2,
      kept: { reserved: 0, delivered: 2, expired: 0, invalid: 0 },
    });
    const pool = await app.api('GET', `/pools/${poolId}`, { auth: seller.auth });
    expect(pool.body.stock).toMatchObject({ available: 0, delivered: 2, withdrawn: 3 });
    const list = await app.api('GET', `/pools/${poolId}/imports`, { auth: seller.auth });
    expect(list.body.items[0]).toMatchObject({ status: 'undone', undoneAt: expect.any(String) });
    const audits = await app.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.action} = 'items.import_undone' and ${auditLog.subjectId} = ${poolId}`);
    expect(audits).toHaveLength(1);
    expect(audits[0]?.metadata).toMatchObject({ importBatchId: imported.body.batchId, withdrawn: 3, notWithdrawn: 2 });

    // The buyer keeps what they paid for.
    const reveal = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
    expect(reveal.status).toBe(200);
    expect(reveal.body.items).toHaveLength(2);

    const again = await app.api('POST', `/pools/${poolId}/imports/${imported.body.batchId}/undo`, {
      auth: seller.auth,
    });
    expect(again.status).toBe(409);
    const stranger = await app.seller();
    const theirs = await app.api('POST', `/pools/${poolId}/imports/${imported.body.batchId}/undo`, {
      auth: stranger.auth,
    });
    expect(theirs.status).toBe(404);

    // Withdrawn codes may be imported again; the sold ones are still duplicates.
    const back = await upload(app.base, seller.auth, poolId, codes.join('\n'));
    expect(back.body).toMatchObject({ accepted: 3, duplicates: 2 });
  });

  it('an import fills a waiting backorder', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const tpl = await app.api('POST', '/templates', {
      auth: seller.auth,
      body: { title: 'Backorder', price: 2, currency: 'XTR', defaultPoolId: poolId, autoPause: false },
    });
    expect(tpl.status).toBe(201);
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', {
      auth: buyer.auth,
      body: { templateId: tpl.body.id, quantity: 1 },
    });
    await app.pay(req.body.id, req.body.total);
    const waiting = await app.api('GET', `/requests/${req.body.id}`, { auth: buyer.auth });
    expect(waiting.body.status).toBe('awaiting_stock');

    expect((await upload(app.base, seller.auth, poolId, `${randomCode()}\n`)).status).toBe(201);
    const filled = await app.api('GET', `/requests/${req.body.id}`, { auth: buyer.auth });
    expect(filled.body.status).toBe('delivered');
  });
});
