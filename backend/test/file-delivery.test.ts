import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDownloadToken } from '../src/crypto/download-token.ts';
import { mintDownloadLink } from '../src/domain/deliveries/download-link.ts';
import { addFileItem, fakePdf, fileShop, tinyPng } from './file-items.ts';
import { startTestApp, type TestApp } from './harness.ts';

type Buyer = ReturnType<TestApp['buyer']>;

describe('file and image items: reveal and download', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  const q = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    (await app.db.$client.query(text, params)).rows as T[];
  const revealedAt = async (itemId: string) =>
    (await q<{ revealed_at: Date | null }>('select revealed_at from pool_items where id = $1', [itemId]))[0]
      ?.revealed_at ?? null;

  /** A buyer who opened a request on the template and paid it: delivered. */
  async function buy(templateId: string, buyer: Buyer = app.buyer()) {
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId } });
    expect(req.status, JSON.stringify(req.body)).toBe(201);
    expect((await app.pay(req.body.id, req.body.total)).status).toBe(200);
    return { buyer, requestId: req.body.id as string };
  }

  async function reveal(requestId: string, buyer: Buyer) {
    const res = await app.api('POST', `/requests/${requestId}/reveal`, { auth: buyer.auth });
    expect(res.status).toBe(200);
    return res.body as {
      items: {
        id: string;
        revealedAt: string | null;
        fields: { name: string; value: string }[];
        file?: { name: string; contentType: string; size: number; download: { url: string; expiresAt: string } };
      }[];
    };
  }

  const get = (url: string, init: RequestInit = {}) => fetch(`${app.base}${url}`, init);

  it('reveals an image as a link, streams its exact bytes inline once, and stamps it seen at that download', async () => {
    const shop = await fileShop(app, 'image');
    const png = tinyPng(64, 40);
    const { itemId } = await addFileItem(app.deps, { ...shop, bytes: png, name: 'card back.png', image: true });
    const { buyer, requestId } = await buy(shop.templateId);

    const { items } = await reveal(requestId, buyer);
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item?.file).toMatchObject({ name: 'card back.png', contentType: 'image/png', size: png.length });
    expect(item?.file?.download.url).toMatch(/^\/api\/files\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    const expires = Date.parse(item?.file?.download.expiresAt ?? '') - Date.now();
    expect(expires).toBeGreaterThan(4 * 60_000);
    expect(expires).toBeLessThanOrEqual(5 * 60_000);
    // Seeing a name and a link is not seeing the card: no stamp until the bytes are fetched.
    expect(item?.revealedAt).toBeNull();
    expect(await revealedAt(itemId)).toBeNull();

    const res = await get(item?.file?.download.url ?? '');
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'content-type': 'image/png',
      'content-length': String(png.length),
      'content-disposition': `inline; filename="card back.png"; filename*=UTF-8''card%20back.png`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
    });
    expect(await revealedAt(itemId)).toBeInstanceOf(Date);

    const again = await get(item?.file?.download.url ?? '');
    expect(again.status).toBe(410);
    expect((await again.json()).error.code).toBe('gone');

    // The next reveal says when it was seen, with a fresh link that works.
    const second = await reveal(requestId, buyer);
    expect(second.items[0]?.revealedAt).toBe((await revealedAt(itemId))?.toISOString());
    expect(second.items[0]?.file?.download.url).not.toBe(item?.file?.download.url);
    expect((await get(second.items[0]?.file?.download.url ?? '')).status).toBe(200);

    const audit = await q<{ action: string; metadata: Record<string, unknown> }>(
      "select action, metadata from audit_log where subject_id = $1 and action like 'delivery.%' order by id",
      [requestId],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'delivery.revealed',
      'delivery.downloaded',
      'delivery.revealed',
      'delivery.downloaded',
    ]);
    expect(audit[1]?.metadata).toEqual({ itemId, firstSeen: true });
    expect(audit[3]?.metadata).toEqual({ itemId, firstSeen: false });
  });

  it('serves a PDF as an attachment, mints fresh links for its buyer only, and refuses everyone else', async () => {
    const shop = await fileShop(app, 'file');
    const pdf = fakePdf(700_000);
    const { itemId } = await addFileItem(app.deps, { ...shop, bytes: pdf, name: 'Voucher №7.pdf' });
    const { buyer, requestId } = await buy(shop.templateId);
    const { items } = await reveal(requestId, buyer);
    const link = items[0]?.file?.download.url ?? '';

    // Another Mini App user holding the link (forwarded, leaked) is refused; so is their minting.
    const other = app.buyer('Other');
    const theirs = await get(link, { headers: { authorization: other.auth } });
    expect(theirs.status).toBe(403);
    const mint = await app.api('POST', `/requests/${requestId}/items/${itemId}/download-link`, { auth: other.auth });
    expect(mint.status).toBe(404);
    // The seller cannot mint one either: the route is the buyer's.
    const sellerMint = await app.api('POST', `/requests/${requestId}/items/${itemId}/download-link`, {
      auth: shop.seller.auth,
    });
    expect(sellerMint.status).toBe(403);
    // A refused attempt spends nothing: the buyer's own credential still gets the bytes.
    const mine = await get(link, { headers: { authorization: buyer.auth } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(mine.headers.get('content-disposition')).toBe(
      `attachment; filename="Voucher _7.pdf"; filename*=UTF-8''Voucher%20%E2%84%967.pdf`,
    );
    expect(Buffer.from(await mine.arrayBuffer()).equals(pdf)).toBe(true);

    const fresh = await app.api('POST', `/requests/${requestId}/items/${itemId}/download-link`, { auth: buyer.auth });
    expect(fresh.status).toBe(201);
    expect(fresh.body.url).toMatch(/^\/api\/files\//);
    // HEAD tells a downloader what is coming without spending the link.
    const head = await get(fresh.body.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(pdf.length));
    const body = await get(fresh.body.url);
    expect(Buffer.from(await body.arrayBuffer()).equals(pdf)).toBe(true);

    // A code item's id, or an item of another request, is no file of this purchase.
    const nobody = await app.api('POST', `/requests/${requestId}/items/${requestId}/download-link`, {
      auth: buyer.auth,
    });
    expect(nobody.status).toBe(404);
  });

  it('refuses a forged or altered token (403) and an expired one (410), spending nothing', async () => {
    const shop = await fileShop(app, 'file');
    const { itemId } = await addFileItem(app.deps, { ...shop, bytes: fakePdf(5_000), name: 'v.pdf' });
    const { buyer, requestId } = await buy(shop.templateId);
    const buyerId = (
      await q<{ id: string }>('select buyer_id as id from purchase_requests where id = $1', [requestId])
    )[0]?.id as string;
    const good = mintDownloadLink(app.deps.keys, { itemId, requestId, buyerId }).url;
    const token = good.slice('/api/files/'.length);
    const [body, mac] = token.split('.') as [string, string];

    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const otherBody = Buffer.from(JSON.stringify({ ...claims, e: claims.e + 3600 })).toString('base64url');
    const flipped = `${mac.slice(0, 10)}${mac[10] === 'A' ? 'B' : 'A'}${mac.slice(11)}`;
    const otherKeys = { ...app.deps.keys, fingerprintKey: Buffer.alloc(32, 7) };
    for (const forged of [
      `${otherBody}.${mac}`,
      `${body}.${flipped}`,
      `${body}.${mac}=`,
      `${body}`,
      `${'A'.repeat(5000)}.${mac}`,
      signDownloadToken(otherKeys, claims),
    ]) {
      const res = await get(`/api/files/${forged}`);
      expect(res.status, forged.slice(0, 40)).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
    }

    const expired = signDownloadToken(app.deps.keys, { ...claims, e: Math.floor(Date.now() / 1000) - 1 });
    const late = await get(`/api/files/${expired}`);
    expect(late.status).toBe(410);
    expect((await late.json()).error.message).toMatch(/expired/);

    expect(await revealedAt(itemId)).toBeNull();
    expect(await q('select * from file_downloads where item_id = $1', [itemId])).toEqual([]);
    expect((await get(good, { headers: { authorization: buyer.auth } })).status).toBe(200);
  });

  it('answers one of several requests racing with the same link, and refuses the rest with 410', async () => {
    const shop = await fileShop(app, 'file');
    const pdf = fakePdf(300_000);
    await addFileItem(app.deps, { ...shop, bytes: pdf, name: 'race.pdf' });
    const { buyer, requestId } = await buy(shop.templateId);
    const url = (await reveal(requestId, buyer)).items[0]?.file?.download.url ?? '';
    const answers = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const res = await get(url);
        return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
      }),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 410, 410, 410, 410, 410]);
    expect(answers.find((a) => a.status === 200)?.bytes.equals(pdf)).toBe(true);
    const audited = await q("select 1 from audit_log where subject_id = $1 and action = 'delivery.downloaded'", [
      requestId,
    ]);
    expect(audited).toHaveLength(1);
  });

  it('cuts the connection when a chunk fails to decrypt mid-way, never a short 200', async () => {
    const shop = await fileShop(app, 'file');
    // Five chunks of 256 KiB: the store reads four, then the last, which is tampered with.
    const pdf = fakePdf(5 * 256 * 1024 - 1000);
    const { itemId } = await addFileItem(app.deps, { ...shop, bytes: pdf, name: 'torn.pdf' });
    await q('update item_file_chunks set data = overlay(data placing $2 from 100) where item_id = $1 and seq = 4', [
      itemId,
      Buffer.from('tampered'),
    ]);
    const { buyer, requestId } = await buy(shop.templateId);
    const url = (await reveal(requestId, buyer)).items[0]?.file?.download.url ?? '';
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(pdf.length));
    await expect(res.arrayBuffer()).rejects.toThrow();
  });

  it('stamps nothing when the file cannot be opened (a key this server lacks): 503, try again later', async () => {
    const shop = await fileShop(app, 'image');
    const { itemId } = await addFileItem(app.deps, { ...shop, bytes: tinyPng(4, 4), name: 'k.png', image: true });
    await q('update item_files set key_version = 99 where item_id = $1', [itemId]);
    const { buyer, requestId } = await buy(shop.templateId);
    const url = (await reveal(requestId, buyer)).items[0]?.file?.download.url ?? '';
    const res = await get(url);
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe('unavailable');
    expect(await revealedAt(itemId)).toBeNull();
    const audit = await q<{ action: string; metadata: unknown }>(
      "select action, metadata from audit_log where subject_id = $1 and action like 'delivery.download%' order by id",
      [requestId],
    );
    expect(audit).toEqual([
      { action: 'delivery.downloaded', metadata: { itemId, firstSeen: true } },
      { action: 'delivery.download_failed', metadata: { itemId, unstamped: true } },
    ]);
  });

  it('serves as many downloads at once as the pool has connections, and more, without waiting on itself', async () => {
    // Two connections, five downloads: a download that held one connection while asking for a
    // second would leave every caller waiting for the acquire timeout (then 503s).
    const small = await startTestApp({ db: { max: 2, acquireTimeoutMs: 3_000 } });
    try {
      const shop = await fileShop(small, 'file');
      const urls: string[] = [];
      for (let n = 0; n < 5; n++) await addFileItem(small.deps, { ...shop, bytes: fakePdf(20_000), name: `v${n}.pdf` });
      const buyer = small.buyer();
      const req = await small.api('POST', '/requests', {
        auth: buyer.auth,
        body: { templateId: shop.templateId, quantity: 5 },
      });
      expect(req.status).toBe(201);
      await small.pay(req.body.id, req.body.total);
      const shown = await small.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
      for (const item of shown.body.items) urls.push(item.file.download.url);
      const started = Date.now();
      const answers = await Promise.all(urls.map((u) => fetch(`${small.base}${u}`).then((r) => r.status)));
      expect(answers).toEqual([200, 200, 200, 200, 200]);
      expect(Date.now() - started).toBeLessThan(2_500);
    } finally {
      await small.close();
    }
  });

  it('stamps a file with a PIN at reveal, and shows the PIN beside the link', async () => {
    const shop = await fileShop(app, 'file');
    const { itemId } = await addFileItem(app.deps, {
      ...shop,
      bytes: fakePdf(3_000),
      name: 'voucher.pdf',
      fields: { pin: '4921', note: 'valid in EU' },
    });
    const { buyer, requestId } = await buy(shop.templateId);
    const { items } = await reveal(requestId, buyer);
    expect(items[0]?.fields.map((f) => [f.name, f.value])).toEqual([
      ['pin', '4921'],
      ['note', 'valid in EU'],
    ]);
    expect(items[0]?.file?.name).toBe('voucher.pdf');
    expect(items[0]?.revealedAt).not.toBeNull();
    expect((await revealedAt(itemId))?.toISOString()).toBe(items[0]?.revealedAt);
  });

  it('a refund burns a downloaded file and returns one never downloaded, whose old link is then gone', async () => {
    const shop = await fileShop(app, 'image');
    const seen = await addFileItem(app.deps, { ...shop, bytes: tinyPng(8, 8), name: 'a.png', image: true });
    const first = await buy(shop.templateId);
    const firstReveal = await reveal(first.requestId, first.buyer);
    expect((await get(firstReveal.items[0]?.file?.download.url ?? '')).status).toBe(200);

    const unseen = await addFileItem(app.deps, { ...shop, bytes: tinyPng(9, 9), name: 'b.png', image: true });
    const second = await buy(shop.templateId);
    const secondReveal = await reveal(second.requestId, second.buyer);
    const unusedLink = secondReveal.items[0]?.file?.download.url ?? '';
    expect(secondReveal.items[0]?.id).toBe(unseen.itemId);

    for (const p of [first, second]) {
      const dispute = await app.api('POST', `/requests/${p.requestId}/dispute`, {
        auth: p.buyer.auth,
        body: { reason: 'invalid', text: 'does not scan' },
      });
      expect(dispute.status).toBe(201);
      const resolved = await app.api('POST', `/requests/${p.requestId}/dispute/resolve`, {
        auth: shop.seller.auth,
        body: { action: 'refund' },
      });
      expect(resolved.status).toBe(200);
    }
    expect(
      await q('select id, status from pool_items where id = any($1) order by id', [[seen.itemId, unseen.itemId]]),
    ).toEqual(
      [
        { id: seen.itemId, status: 'invalid' },
        { id: unseen.itemId, status: 'available' },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    const gone = await get(unusedLink);
    expect(gone.status).toBe(410);
    expect(await revealedAt(unseen.itemId)).toBeNull();
  });

  it('keeps the bytes, the PIN and the file name out of notifications, and the bytes and PIN out of audit rows', async () => {
    const shop = await fileShop(app, 'file');
    const pdf = fakePdf(2_000);
    await addFileItem(app.deps, { ...shop, bytes: pdf, name: 'secret-voucher.pdf', fields: { pin: '77777' } });
    const { buyer, requestId } = await buy(shop.templateId);
    const { items } = await reveal(requestId, buyer);
    expect((await get(items[0]?.file?.download.url ?? '')).status).toBe(200);

    const notes = await q<{ payload: unknown }>("select payload from notifications where payload->>'requestId' = $1", [
      requestId,
    ]);
    expect(notes.length).toBeGreaterThan(0);
    const audit = await q<{ metadata: unknown }>('select metadata from audit_log where subject_id = $1', [requestId]);
    const text = JSON.stringify([notes, audit]);
    expect(text).not.toContain('77777');
    expect(text).not.toContain(pdf.subarray(20, 60).toString('base64'));
    expect(JSON.stringify(notes)).not.toContain('secret-voucher');
    // No download token in the trail either: it is a credential for its minutes.
    expect(text).not.toContain(items[0]?.file?.download.url.slice(11, 60));
  });
});
