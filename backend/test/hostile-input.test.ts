import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCode, startTestApp, type TestApp } from './harness.ts';
import { recordingBot } from './telegram.ts';

// Inputs that used to hold the event loop for tens of seconds. The bounds here are an order
// of magnitude above what the fixed code needs and far below what the old code took; the
// speed figures themselves are `npm run bench -- hostile`.
const LINE = 256 * 1024;

let app: TestApp;
let tg: ReturnType<typeof recordingBot>;
let files: http.Server;
const served = new Map<string, string>();
beforeAll(async () => {
  app = await startTestApp();
  files = http.createServer((req, res) => {
    const body = served.get(req.url?.split('/').at(-1) ?? '');
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/csv' }).end(body);
  });
  await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
  tg = recordingBot(app.deps, { apiRoot: `http://127.0.0.1:${(files.address() as AddressInfo).port}` });
});
afterAll(async () => {
  await new Promise((r) => files.close(r));
  await app.close();
});

/** Runs `work` while /healthz is asked every 50 ms; the slowest answer is how long the loop was held. */
async function whileProbing<T>(work: () => Promise<T>): Promise<{ result: T; worstHealthzMs: number; ms: number }> {
  let done = false;
  let worst = 0;
  const probes = (async () => {
    while (!done) {
      const start = performance.now();
      const res = await fetch(`${app.base}/healthz`);
      await res.text();
      worst = Math.max(worst, performance.now() - start);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const start = performance.now();
  try {
    const result = await work();
    return { result, worstHealthzMs: worst, ms: performance.now() - start };
  } finally {
    done = true;
    await probes;
  }
}

async function upload(auth: string, poolId: string, content: string) {
  const form = new FormData();
  form.append('file', new Blob([content]), 'hostile.csv');
  const res = await fetch(`${app.base}/api/pools/${poolId}/imports`, {
    method: 'POST',
    headers: { authorization: auth },
    body: form,
    // The unfixed parser took about a minute on this file: fail instead of waiting it out.
    signal: AbortSignal.timeout(20_000),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function codePool(auth: string) {
  const res = await app.api('POST', '/pools', { auth, body: { name: `Pool ${randomCode()}`, deliveryType: 'code' } });
  return res.body.id as string;
}

describe('hostile input does not hold the event loop', () => {
  it('imports a CSV whose first line is 256 KB of "(" promptly while /healthz answers', async () => {
    const seller = await app.seller();
    const poolId = await codePool(seller.auth);
    const codes = [randomCode(), randomCode()];
    const { result, worstHealthzMs, ms } = await whileProbing(() =>
      upload(seller.auth, poolId, `${'('.repeat(LINE)}\n${codes.join('\n')}\n`),
    );
    expect(result.status).toBe(201);
    // No header: the long line is a code too long to be one, the others are stock.
    expect(result.body).toMatchObject({ header: false, rows: 3, accepted: 2, invalid: 1 });
    expect(result.body.rejected).toEqual([{ line: 1, code: 'invalid', reason: 'code is longer than 4096 characters' }]);
    expect(ms).toBeLessThan(10_000);
    expect(worstHealthzMs).toBeLessThan(1000);
  });

  it('refuses a 10,000-column header with a clear error and writes nothing', async () => {
    const seller = await app.seller();
    const poolId = await codePool(seller.auth);
    const header = ['code', ...Array.from({ length: 9_999 }, (_, i) => `extra ${i}`)].join(',');
    const res = await upload(seller.auth, poolId, `${header}\n${randomCode()}\n`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', details: { columns: 10_000, max: 1000 } });
    expect(res.body.error.message).toContain('the first row has 10000 columns');
    const batches = await app.db.$client.query('select 1 from import_batches where pool_id = $1', [poolId]);
    expect(batches.rowCount).toBe(0);
  });

  it('answers a pasted /restock of 256 KB of "(" and the same as a CSV document promptly', async () => {
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    await tg.text(chat, '/newpool Hostile code');
    const restock = async () => {
      await tg.text(chat, '/restock');
      const button = tg.buttonsTo(chat).find((b) => b.startsWith('restock:'));
      await tg.tap(chat, button as string);
    };
    await restock();
    const pasted = await whileProbing(() => tg.text(chat, `${'('.repeat(LINE)}\n${randomCode()}`));
    expect(tg.repliesTo(chat).at(-1)).toBe(
      'Restocked Hostile: 1 added, 0 duplicates skipped, 1 invalid.\nline 1: code is longer than 4096 characters',
    );
    expect(pasted.ms).toBeLessThan(10_000);
    expect(pasted.worstHealthzMs).toBeLessThan(1000);

    await restock();
    const csv = `${'('.repeat(LINE)}\n${randomCode()}\n`;
    served.set('hostile-1.csv', csv);
    const sent = await whileProbing(() => tg.document(chat, 'hostile-1', 'hostile.csv', csv.length));
    expect(tg.repliesTo(chat).at(-1)).toContain('Restocked Hostile: 1 added, 0 duplicates skipped, 1 invalid.');
    expect(sent.ms).toBeLessThan(10_000);
    expect(sent.worstHealthzMs).toBeLessThan(1000);
  });

  it('refuses a deeply nested JSON body before parsing it, and takes normal nesting', async () => {
    const seller = await app.seller();
    const poolId = await codePool(seller.auth);
    const depth = 500_000;
    const deep = `{"items":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const res = await app.api('POST', `/pools/${poolId}/items`, {
      auth: seller.auth,
      raw: deep,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_json', message: 'the body nests deeper than 32 levels' });
    // Brackets inside strings are text, not depth.
    const ok = await app.api('POST', `/pools/${poolId}/items`, {
      auth: seller.auth,
      body: { items: [{ fields: { code: `${'[{'.repeat(1000)}${randomCode()}` } }] },
    });
    expect(ok.status).toBe(201);
  });

  it('refuses an object of 100,000 keys before parsing it', async () => {
    const seller = await app.seller();
    const poolId = await codePool(seller.auth);
    const fields = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`f${i}`, 'x']));
    const res = await app.api('POST', `/pools/${poolId}/items`, { auth: seller.auth, body: { items: [{ fields }] } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'invalid_json',
      message: 'an object in the body has more than 1000 keys',
    });
  });

  it('refuses an item with more fields than any pool has, naming few of them', async () => {
    const seller = await app.seller();
    const poolId = await codePool(seller.auth);
    const fields = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`f${i}`, 'x']));
    const res = await app.api('POST', `/pools/${poolId}/items`, { auth: seller.auth, body: { items: [{ fields }] } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    const few = await app.api('POST', `/pools/${poolId}/items`, {
      auth: seller.auth,
      body: { items: [{ fields: { code: randomCode(), a: '1', b: '2', c: '3', d: '4' } }] },
    });
    expect(few.body.rejected).toEqual([
      { index: 0, code: 'invalid', reason: 'unknown field "a", "b", "c" and 1 more' },
    ]);
  });
});
