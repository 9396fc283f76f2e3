import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpeg, pdf, png, zipOf } from './file-fixtures.ts';
import { randomCode, startTestApp, type TestApp } from './harness.ts';
import { recordingBot } from './telegram.ts';

describe('the bot restocks file and image pools from photos, documents and ZIPs', () => {
  let app: TestApp;
  let tg: ReturnType<typeof recordingBot>;
  let files: http.Server;
  /** What the Bot API's file server serves, by the last segment of the path getFile gave. */
  const served = new Map<string, Buffer>();
  beforeAll(async () => {
    app = await startTestApp();
    files = http.createServer((req, res) => {
      const body = served.get(req.url?.split('/').at(-1) ?? '');
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(body);
    });
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    tg = recordingBot(app.deps, { apiRoot: `http://127.0.0.1:${(files.address() as AddressInfo).port}` });
  });
  afterAll(async () => {
    await new Promise((r) => files.close(r));
    await app.close();
  });

  const last = (chat: number) => tg.repliesTo(chat).at(-1);
  let messageId = 5000;
  const message = (chat: number, extra: Record<string, unknown>) => ({
    message: {
      message_id: ++messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chat, type: 'private' as const, first_name: 'Seller' },
      from: { id: chat, is_bot: false, first_name: 'Seller' },
      ...extra,
    },
  });
  const photo = (chat: number, id: string, bytes: Buffer) => {
    served.set(`${id}.csv`, bytes);
    // Telegram's sizes of one photo, smallest first; only the largest is fetched.
    return tg.send(
      message(chat, {
        photo: [
          { file_id: `${id}-s`, file_unique_id: `u${id}-s`, width: 90, height: 60, file_size: 1200 },
          { file_id: id, file_unique_id: `u${id}`, width: 1280, height: 853, file_size: bytes.length },
          { file_id: `${id}-m`, file_unique_id: `u${id}-m`, width: 320, height: 213, file_size: 9000 },
        ],
      }) as never,
    );
  };
  const document = (chat: number, id: string, name: string, bytes: Buffer, mime = 'application/octet-stream') => {
    served.set(`${id}.csv`, bytes);
    return tg.send(
      message(chat, {
        document: { file_id: id, file_unique_id: `u${id}`, file_name: name, file_size: bytes.length, mime_type: mime },
      }) as never,
    );
  };
  async function filesOf(poolId: string) {
    const { rows } = await app.db.execute<{ name: string; content_type: string; size: number }>(
      sql`SELECT f.name, f.content_type, f.size::int AS size FROM item_files f JOIN pool_items i ON i.id = f.item_id
           WHERE f.pool_id = ${poolId} AND i.status = 'available' ORDER BY f.created_at`,
    );
    return rows;
  }

  it('takes a photo (the largest size) and a document into an image pool, reports duplicates and wrong types, deletes each message', async () => {
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    const pool = await app.api('POST', '/pools', {
      auth: seller.auth,
      body: { name: `Cards ${randomCode()}`, deliveryType: 'image' },
    });
    const poolId = pool.body.id as string;
    const name = pool.body.name as string;
    await tg.text(chat, '/restock');
    await tg.tap(chat, `restock:${poolId}`);
    expect(last(chat)).toBe(
      `Restocking ${name}: send the images as photos or documents (or one ZIP of them). Each one is added as it arrives; /cancel when you are done.`,
    );

    const shot = jpeg(40_000);
    const deletes = () => tg.callsOf('deleteMessage').length;
    const before = deletes();
    await photo(chat, 'ph1', shot);
    expect(tg.callsOf('getFile').at(-1)?.payload).toMatchObject({ file_id: 'ph1' });
    expect(last(chat)).toBe(`Restocked ${name}: 1 added, 0 duplicates skipped, 0 invalid.`);
    expect(deletes()).toBe(before + 1);

    // The step stays open: the next file is taken too.
    await document(chat, 'doc1', 'back.png', png(30_000), 'image/png');
    expect(last(chat)).toBe(`Restocked ${name}: 1 added, 0 duplicates skipped, 0 invalid.`);

    await photo(chat, 'ph2', shot);
    expect(last(chat)).toBe(
      `Restocked ${name}: 0 added, 1 duplicate skipped, 0 invalid.\nline 1: "photo-uph2.jpg": already in your stock`,
    );

    await document(chat, 'doc2', 'card.png', pdf(3000));
    expect(last(chat)).toMatch(/^"card\.png" is application\/pdf, which this pool does not take/);
    expect(deletes()).toBe(before + 4);

    expect(await filesOf(poolId)).toEqual([
      { name: 'photo-uph1.jpg', content_type: 'image/jpeg', size: 40_000 },
      { name: 'back.png', content_type: 'image/png', size: 30_000 },
    ]);
    const { rows } = await app.db.execute<{ source: string; accepted: number }>(
      sql`SELECT source, accepted FROM import_batches WHERE pool_id = ${poolId} ORDER BY created_at`,
    );
    expect(rows).toEqual([
      { source: 'files', accepted: 1 },
      { source: 'files', accepted: 1 },
      { source: 'files', accepted: 0 },
    ]);

    // /cancel ends the step: a photo now imports nothing.
    await tg.text(chat, '/cancel');
    await photo(chat, 'ph3', jpeg(10_000));
    expect(tg.callsOf('getFile').filter((c) => c.payload.file_id === 'ph3')).toEqual([]);
    expect(await filesOf(poolId)).toHaveLength(2);
  });

  it('unpacks a ZIP document into a file pool, one item per entry', async () => {
    const seller = await app.seller();
    const chat = seller.user.telegramId;
    const pool = await app.api('POST', '/pools', {
      auth: seller.auth,
      body: { name: `Licences ${randomCode()}`, deliveryType: 'file' },
    });
    await tg.text(chat, '/restock');
    await tg.tap(chat, `restock:${pool.body.id}`);
    const zip = await zipOf([
      { name: 'a.pdf', data: pdf(2000) },
      { name: 'b.txt', data: Buffer.from('licence key file\n') },
    ]);
    await document(chat, 'zip1', 'licences.zip', zip, 'application/zip');
    expect(last(chat)).toBe(`Restocked ${pool.body.name}: 2 added, 0 duplicates skipped, 0 invalid.`);
    expect((await filesOf(pool.body.id)).map((f) => f.content_type)).toEqual(['application/pdf', 'text/plain']);
  });
});
