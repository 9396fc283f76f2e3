import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../src/domain/context.ts';
import { importItems } from '../src/domain/imports/import-items.ts';
import { randomCode, startTestApp, type TestApp } from './harness.ts';
import { codeLines, streamingUpload, within } from './upload-streams.ts';

/** What is refused is refused before the upload is read; what is admitted is bounded. */
describe('admission of uploads', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ importConcurrency: 2 });
  });
  afterAll(() => app.close());

  async function sellerWithPool() {
    const seller = await app.seller();
    const pool = await app.api('POST', '/pools', {
      auth: seller.auth,
      body: { name: `Pool ${randomCode()}`, deliveryType: 'code' },
    });
    expect(pool.status).toBe(201);
    return { ...seller, poolId: pool.body.id as string };
  }

  it("answers an upload to another seller's pool, or to no pool, with 404 while the client is still sending", async () => {
    const owner = await sellerWithPool();
    const intruder = await sellerWithPool();
    for (const poolId of [owner.poolId, '01890000-0000-7000-8000-000000000000']) {
      const up = streamingUpload(app.base, intruder.auth, poolId);
      await up.send(codeLines(1000));
      // The body never ends: only an answer given before reading it can arrive.
      const res = await within(up.answer, 5_000, 'upload to a pool not theirs');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
      // And it stops reading: the connection is closed although the client would go on.
      void up.send(codeLines(1000));
      await within(up.closed, 5_000, 'the refused connection to close');
    }
    const pools = await app.api('GET', `/pools/${owner.poolId}`, { auth: owner.auth });
    expect(pools.body.stock.available).toBe(0);
  });

  it('beyond IMPORT_CONCURRENCY an upload is answered 503 with Retry-After before its body is read; a finished import frees its slot', async () => {
    const [a, b, c] = [await sellerWithPool(), await sellerWithPool(), await sellerWithPool()];
    // Two uploads taking their time: each holds a slot from its first byte.
    const upA = streamingUpload(app.base, a.auth, a.poolId);
    const upB = streamingUpload(app.base, b.auth, b.poolId);
    await Promise.all([upA.send(codeLines(500)), upB.send(codeLines(500))]);
    await within(
      (async () => {
        while ((app.deps.importSlots?.running ?? 0) < 2) await new Promise((r) => setTimeout(r, 20));
      })(),
      5_000,
      'two uploads admitted',
    );

    const upC = streamingUpload(app.base, c.auth, c.poolId);
    await upC.send(codeLines(500));
    const refused = await within(upC.answer, 5_000, 'third upload');
    expect(refused.status).toBe(503);
    expect(refused.body.error).toMatchObject({ code: 'unavailable', details: { limit: 2 } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    upC.abort();

    // The same seller twice at once: 409 at the door, not a second slot.
    const again = streamingUpload(app.base, a.auth, a.poolId);
    const twice = await within(again.answer, 5_000, 'second upload of one seller');
    expect(twice.status).toBe(409);
    again.abort();

    upA.finish(codeLines(500));
    const doneA = await within(upA.answer, 30_000, 'first upload');
    expect(doneA.status).toBe(201);
    expect(doneA.body.accepted).toBe(1000);

    const retry = streamingUpload(app.base, c.auth, c.poolId);
    retry.finish(codeLines(10));
    expect((await within(retry.answer, 30_000, 'retried upload')).status).toBe(201);

    upB.finish();
    expect((await within(upB.answer, 30_000, 'second upload')).status).toBe(201);
    expect(app.deps.importSlots?.running).toBe(0);
  });

  it('the bound holds for every client of the pipeline (the bot, the CLI): no slot, no import', async () => {
    const slots = app.deps.importSlots;
    if (!slots) throw new Error('the app has import slots');
    const held = [slots.take('someone-1'), slots.take('someone-2')];
    const seller = await sellerWithPool();
    try {
      const ctx = withActor(app.deps, { type: 'seller', userId: seller.user.id });
      await expect(
        importItems(ctx, { poolId: seller.poolId, source: 'bot', input: Readable.from([Buffer.from('BOT-1\n')]) }),
      ).rejects.toMatchObject({ code: 'unavailable', retryAfterS: expect.any(Number) });
    } finally {
      for (const h of held) h.release();
    }
    const ctx = withActor(app.deps, { type: 'seller', userId: seller.user.id });
    const report = await importItems(ctx, {
      poolId: seller.poolId,
      source: 'bot',
      input: Readable.from([Buffer.from('BOT-1\n')]),
    });
    expect(report.accepted).toBe(1);
  });
});
