import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS, runJob } from '../src/jobs/catalogue.ts';
import { runLocked } from '../src/jobs/run-locked.ts';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';
import { codeLines, type StreamedAnswer, streamingUpload, within } from './upload-streams.ts';

const UPLOADS = 10;
const LINES = 50_000;

/**
 * The acceptance test: ten sellers upload large files at once on the server's
 * default pool (10 connections) and import bound (2). Payments, reveals, readiness and
 * jobs go on being served while the admitted imports run; the rest are told when to retry.
 */
describe('ten large imports at once', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ importConcurrency: 2, db: { max: 10 } });
  });
  afterAll(() => app.close());

  it('leave payments, reveals, /readyz and jobs answering; beyond the bound they get 503 with Retry-After', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }]);
    const buyer = app.buyer();
    const request = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    expect(request.status).toBe(201);

    const sellers = [];
    for (let i = 0; i < UPLOADS; i++) {
      const seller = await app.seller(`Bulk ${i}`);
      const pool = await app.api('POST', '/pools', {
        auth: seller.auth,
        body: { name: `Bulk ${i}`, deliveryType: 'code' },
      });
      sellers.push({ ...seller, poolId: pool.body.id as string });
    }
    const file = codeLines(LINES); // ~850 KB, the same codes for every seller (fingerprints are per seller)
    const answers: Promise<StreamedAnswer>[] = sellers.map((s) => {
      const up = streamingUpload(app.base, s.auth, s.poolId);
      void (async () => {
        for (let at = 0; at < file.length; at += 256 * 1024) await up.send(file.slice(at, at + 256 * 1024));
        up.finish();
      })();
      return up.answer;
    });

    // Both admitted imports are inside their transactions, writing batches.
    await within(
      (async () => {
        const running = () =>
          new Set(app.events.filter((e) => e.event === 'import-progress').map((e) => (e.payload as any).batchId));
        while (running().size < 2) await new Promise((r) => setTimeout(r, 50));
      })(),
      60_000,
      'two imports under way',
    );

    const paid = await app.pay(request.body.id, request.body.total);
    expect(paid.status).toBe(200);
    const reveal = await app.api('POST', `/requests/${request.body.id}/reveal`, { auth: buyer.auth });
    expect(reveal.status).toBe(200);
    expect(reveal.body.items).toHaveLength(1);
    const ready = await fetch(`${app.base}/readyz`);
    expect(ready.status).toBe(200);
    const job = JOBS.find((j) => j.name === 'expiry-sweep');
    if (!job) throw new Error('expiry-sweep is in the catalogue');
    expect((await runLocked(app.deps, job.name, () => runJob(app.deps, job))).ran).toBe(true);
    const servedAt = Date.now();

    const results = await within(Promise.all(answers), 120_000, 'every upload answered');
    const admitted = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status !== 201);
    // All of that was served while the imports were still running, not after them.
    for (const r of admitted) expect(r.at).toBeGreaterThan(servedAt);
    expect(admitted).toHaveLength(2);
    for (const r of admitted) expect(r.body).toMatchObject({ rows: LINES, accepted: LINES });
    expect(refused).toHaveLength(UPLOADS - 2);
    for (const r of refused) {
      expect(r.status).toBe(503);
      expect(r.body.error.code).toBe('unavailable');
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    }
  }, 180_000);
});
