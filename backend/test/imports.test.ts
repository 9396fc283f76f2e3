import { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptFields } from '../src/crypto/items.ts';
import { auditLog, importBatches, poolItems } from '../src/db/schema/index.ts';
import { withActor } from '../src/domain/context.ts';
import { importItems } from '../src/domain/imports/import-items.ts';
import { randomCode, startTestApp, type TestApp } from './harness.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Seller = Awaited<ReturnType<TestApp['seller']>>;

async function poolOf(seller: Seller, deliveryType = 'code', extra: Record<string, unknown> = {}): Promise<string> {
  const res = await app.api('POST', '/pools', {
    auth: seller.auth,
    body: { name: `Pool ${randomCode()}`, deliveryType, ...extra },
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.id;
}

async function upload(
  seller: Seller,
  poolId: string,
  content: string | Buffer,
  fields: Record<string, string> = {},
  fileName = 'codes.csv',
) {
  const form = new FormData();
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
  form.append('file', new Blob([bytes]), fileName);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await fetch(`${app.base}/api/pools/${poolId}/imports`, {
    method: 'POST',
    headers: { authorization: seller.auth },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** What the pool holds, decrypted, in file order (uuidv7 ids only order by millisecond, so sort by content). */
async function contents(poolId: string) {
  const rows = await app.db.select().from(poolItems).where(eq(poolItems.poolId, poolId));
  return rows.map((r) => ({
    status: r.status,
    fields: decryptFields(app.deps.keys, { poolId, itemId: r.id }, r.ciphertext, r.keyVersion),
    expiresAt: r.expiresAt,
    cost: r.cost,
    supplier: r.supplier,
    importBatchId: r.importBatchId,
  }));
}

const codesOf = async (poolId: string) =>
  (await contents(poolId))
    .map((c) => c.fields.code ?? c.fields.key ?? c.fields.username)
    .filter((c): c is string => c !== undefined)
    .sort();

async function batchesOf(poolId: string) {
  return app.db.select().from(importBatches).where(eq(importBatches.poolId, poolId));
}

describe('CSV shapes', () => {
  it('reads a one-column file without a header as one code a line', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const res = await upload(seller, poolId, 'AAAA-1111\nBBBB-2222\nCCCC-3333\n');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rows: 3, accepted: 3, duplicates: 0, invalid: 0, header: false, separator: ',' });
    expect(res.body.rejected).toEqual([]);
    expect(await codesOf(poolId)).toEqual(['AAAA-1111', 'BBBB-2222', 'CCCC-3333']);
  });

  it('drops a UTF-8 BOM, reads CRLF line endings and maps a header', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const res = await upload(seller, poolId, '\ufeffCode,PIN\r\nÄBC-1,1234\r\nDEF-2,\r\n');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rows: 2, accepted: 2, header: true });
    expect(res.body.columns).toEqual([
      { column: 1, field: 'code' },
      { column: 2, field: 'pin' },
    ]);
    const items = (await contents(poolId)).map((c) => c.fields);
    expect(items).toHaveLength(2);
    expect(items).toContainEqual({ code: 'ÄBC-1', pin: '1234' });
    expect(items).toContainEqual({ code: 'DEF-2' });
  });

  it('keeps commas, quotes and newlines inside quoted fields', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller, 'account');
    const csv = [
      'username,password,notes',
      '"jane,doe","pa""ss,word","line one',
      'line two"',
      'bob,"x""y""z",plain',
    ].join('\n');
    const res = await upload(seller, poolId, csv);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rows: 2, accepted: 2, invalid: 0 });
    const byUser = Object.fromEntries((await contents(poolId)).map((c) => [c.fields.username, c.fields]));
    expect(byUser['jane,doe']).toEqual({ username: 'jane,doe', password: 'pa"ss,word', notes: 'line one\nline two' });
    expect(byUser.bob).toEqual({ username: 'bob', password: 'x"y"z', notes: 'plain' });
  });

  it('counts lines from where a record starts, across quoted newlines and CRLF', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller, 'account');
    const csv = 'username,password,notes\r\nann,pw1,"a\r\nb"\r\nmissing-password,,x\r\n';
    const res = await upload(seller, poolId, csv);
    expect(res.body).toMatchObject({ rows: 2, accepted: 1, invalid: 1 });
    expect(res.body.rejected).toEqual([{ line: 4, code: 'invalid', reason: 'missing password' }]);
  });

  it('sniffs semicolons and tabs', async () => {
    const seller = await app.seller();
    const semi = await poolOf(seller);
    const r1 = await upload(seller, semi, 'code;value\nSEMI-1;10,50 EUR\nSEMI-2;20,00 EUR\n');
    expect(r1.body).toMatchObject({ separator: ';', header: true, accepted: 2 });
    expect((await contents(semi)).map((c) => c.fields.value).sort()).toEqual(['10,50 EUR', '20,00 EUR']);

    const tab = await poolOf(seller, 'account');
    const r2 = await upload(seller, tab, 'login\tpassword\nuser1\tpw, with comma\nuser2\tpw2\n');
    expect(r2.body).toMatchObject({ separator: '\t', header: true, accepted: 2 });
    const byUser = Object.fromEntries((await contents(tab)).map((c) => [c.fields.username, c.fields.password]));
    expect(byUser).toEqual({ user1: 'pw, with comma', user2: 'pw2' });
  });

  it('uses the separator the caller chose over the sniffed one', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    // Sniffed, the semicolons would split every line in two.
    const res = await upload(seller, poolId, 'AB;CD\nEF;GH\n', { separator: 'comma' });
    expect(res.body).toMatchObject({ separator: ',', accepted: 2 });
    expect(await codesOf(poolId)).toEqual(['AB;CD', 'EF;GH']);
    const bad = await upload(seller, poolId, 'X\n', { separator: '|' });
    expect(bad.status).toBe(400);
  });

  it('skips blank lines and trims trailing whitespace, and numbers lines as the file does', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const res = await upload(seller, poolId, '\n  TRIM-1   \n\n   \n,,\nTRIM-2\t\nTRIM-3,,,extra\n\n');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rows: 3, accepted: 2, invalid: 1 });
    expect(res.body.rejected).toEqual([{ line: 7, code: 'invalid', reason: '4 columns, but the pool has 3 field(s)' }]);
    expect(await codesOf(poolId)).toEqual(['TRIM-1', 'TRIM-2']);
  });

  it('maps header aliases case-insensitively, including the item expiry, cost and supplier', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller, 'account');
    const csv = [
      'Login,PASS,E-Mail,Comment,Expiry,Price,Vendor,Unrelated',
      'u1,p1,u1@example.test,first,2031-01-31,1500,acme,zzz',
      'u2,p2,,,2031-02-01T10:00:00+02:00,,,',
      'u3,p3,,,31/12/2031,,,',
      'u4,p4,,,,12.5,,',
    ].join('\n');
    const res = await upload(seller, poolId, csv);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rows: 4, accepted: 2, invalid: 2, header: true });
    expect(res.body.columns).toEqual([
      { column: 1, field: 'username' },
      { column: 2, field: 'password' },
      { column: 3, field: 'email' },
      { column: 4, field: 'notes' },
      { column: 5, field: 'expires_at' },
      { column: 6, field: 'cost' },
      { column: 7, field: 'supplier' },
    ]);
    expect(res.body.rejected).toEqual([
      { line: 4, code: 'invalid', reason: 'expiry is not a date (use YYYY-MM-DD or ISO 8601)' },
      { line: 5, code: 'invalid', reason: 'cost is not a whole number of minor units' },
    ]);
    const items = Object.fromEntries((await contents(poolId)).map((c) => [c.fields.username, c]));
    expect(items.u1?.fields).toEqual({ username: 'u1', password: 'p1', email: 'u1@example.test', notes: 'first' });
    expect(items.u1).toMatchObject({ cost: 1500, supplier: 'acme' });
    expect(items.u1?.expiresAt?.toISOString()).toBe('2031-01-31T23:59:59.999Z');
    expect(items.u2?.expiresAt?.toISOString()).toBe('2031-02-01T08:00:00.000Z');
  });

  it('maps a code-like header onto the primary field, whatever its decoration', async () => {
    const seller = await app.seller();
    const keyPool = await poolOf(seller, 'key');
    const res = await upload(seller, keyPool, 'Serial Key\nKEY-AAAA\nKEY-BBBB\n');
    expect(res.body).toMatchObject({ header: true, accepted: 2, columns: [{ column: 1, field: 'key' }] });
    expect(await codesOf(keyPool)).toEqual(['KEY-AAAA', 'KEY-BBBB']);

    const codePool = await poolOf(seller);
    const decorated = await upload(seller, codePool, 'Card No.;PIN-Code;Expiry Date (UTC)\nC-1;77;2033-03-03\n');
    expect(decorated.body).toMatchObject({ header: true, accepted: 1 });
    expect(decorated.body.columns.map((c: { field: string }) => c.field)).toEqual(['code', 'pin', 'expires_at']);
    expect((await contents(codePool))[0]?.fields).toEqual({ code: 'C-1', pin: '77' });
  });

  it('follows an explicit mapping by header name or by 0-based index', async () => {
    const seller = await app.seller();
    const byName = await poolOf(seller, 'account');
    const r1 = await upload(seller, byName, 'Foo,Secret,Handle\nx,s1,h1\ny,s2,h2\n', {
      mapping: JSON.stringify({ handle: 'username', SECRET: 'pass', foo: 'ignore' }),
    });
    expect(r1.status).toBe(201);
    expect(r1.body).toMatchObject({ header: true, accepted: 2 });
    expect(
      (await contents(byName)).map((c) => c.fields).sort((a, b) => a.username!.localeCompare(b.username!)),
    ).toEqual([
      { username: 'h1', password: 's1' },
      { username: 'h2', password: 's2' },
    ]);

    const byIndex = await poolOf(seller);
    const r2 = await upload(seller, byIndex, 'ignored-a,IDX-1,2032-05-01\nignored-b,IDX-2,\n', {
      mapping: JSON.stringify({ 1: 'code', 2: 'expires_at' }),
      strict: 'true',
    });
    expect(r2.status).toBe(201);
    expect(r2.body).toMatchObject({ header: false, accepted: 2 });
    const items = await contents(byIndex);
    expect(items.map((i) => i.fields.code).sort()).toEqual(['IDX-1', 'IDX-2']);
    expect(items.find((i) => i.fields.code === 'IDX-1')?.expiresAt?.toISOString()).toBe('2032-05-01T23:59:59.999Z');

    const unknown = await upload(seller, byIndex, 'a,b\n', { mapping: JSON.stringify({ 0: 'colour' }) });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('colour');
    const missing = await upload(seller, byIndex, 'a,b\nc,d\n', { mapping: JSON.stringify({ Code: 'code' }) });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('no column "Code"');
  });

  it('refuses a header that names no column for the primary field', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller, 'account');
    const res = await upload(seller, poolId, 'password,email\np,e@x.test\n');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('username');
    expect(await batchesOf(poolId)).toEqual([]);
  });

  it('stores a formula-looking cell as plain text, byte for byte, and reveals it so', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const formula = '=HYPERLINK("http://x","y")';
    const res = await upload(seller, poolId, `code\n"=HYPERLINK(""http://x"",""y"")"\n`);
    expect(res.body).toMatchObject({ accepted: 1 });
    const tpl = await app.api('POST', '/templates', {
      auth: seller.auth,
      body: { title: 'Formula', price: 5, currency: 'XTR', defaultPoolId: poolId, instructions: '' },
    });
    expect(tpl.status).toBe(201);
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', {
      auth: buyer.auth,
      body: { templateId: tpl.body.id, quantity: 1 },
    });
    expect((await app.pay(req.body.id, req.body.total)).status).toBe(200);
    const reveal = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
    expect(reveal.status).toBe(200);
    const value = reveal.body.items[0].fields.find((f: { name: string }) => f.name === 'code').value;
    expect(Buffer.from(value, 'utf8').equals(Buffer.from(formula, 'utf8'))).toBe(true);
  });
});

describe('files the import refuses', () => {
  it('rejects invalid UTF-8 with the line of the first bad byte, and writes nothing', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const bytes = Buffer.concat([
      Buffer.from('GOOD-1\nGOOD-2\nBAD-'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('\nGOOD-3\n'),
    ]);
    const res = await upload(seller, poolId, bytes);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', details: { line: 3 } });
    expect(res.body.error.message).toContain('UTF-8');
    expect(await contents(poolId)).toEqual([]);
    expect(await batchesOf(poolId)).toEqual([]);
  });

  it('rejects a Latin-1 file split across stream chunks (a bad byte far from the start)', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const lines = Array.from({ length: 5000 }, (_, i) => `CODE-${i}`);
    lines[4321] = 'CAF\xe9';
    const res = await upload(seller, poolId, Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual({ line: 4322 });
    expect(await contents(poolId)).toEqual([]);
  });

  it('rejects broken CSV quoting with its line, and writes nothing', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const res = await upload(seller, poolId, 'OK-1\n"OPEN-2\nOK-3\n');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/not valid CSV at line \d+: Quote Not Closed/);
    expect(await contents(poolId)).toEqual([]);
  });

  it('refuses a 0-byte file and a file with only a header', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const empty = await upload(seller, poolId, '');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe('the file has no rows');
    const headerOnly = await upload(seller, poolId, '\ufeffcode,pin\r\n\r\n');
    expect(headerOnly.status).toBe(400);
    expect(headerOnly.body.error.message).toBe('the file has a header but no rows');
    expect(await batchesOf(poolId)).toEqual([]);
  });
});

describe('duplicates', () => {
  it('counts and skips duplicates within a file and against stock, with their lines', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const first = await upload(seller, poolId, 'DUP-A\nDUP-B\nDUP-A\n');
    expect(first.body).toMatchObject({ rows: 3, accepted: 2, duplicates: 1 });
    expect(first.body.rejected).toEqual([
      { line: 3, code: 'duplicate_in_file', reason: 'duplicate of an earlier line in this file' },
    ]);

    const second = await upload(seller, poolId, 'DUP-C\nDUP-B\n');
    expect(second.body).toMatchObject({ rows: 2, accepted: 1, duplicates: 1 });
    expect(second.body.rejected).toEqual([{ line: 2, code: 'duplicate_in_stock', reason: 'already in your stock' }]);
    expect(await codesOf(poolId)).toEqual(['DUP-A', 'DUP-B', 'DUP-C']);

    // Stock of the same seller in another pool counts too.
    const other = await poolOf(seller);
    const third = await upload(seller, other, 'DUP-C\nDUP-D\n');
    expect(third.body).toMatchObject({ accepted: 1, duplicates: 1 });
  });

  it('finds duplicates across the batches of one import', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const lines = Array.from({ length: 250 }, (_, i) => `BATCH-${i}`);
    lines.push('BATCH-3', 'BATCH-120');
    const ctx = withActor(app.deps, { type: 'seller', userId: seller.user.id });
    const report = await importItems(ctx, {
      poolId,
      source: 'api',
      input: Readable.from([`${lines.join('\n')}\n`]),
      batchSize: 50,
    });
    expect(report).toMatchObject({ rows: 252, accepted: 250, duplicates: 2 });
    expect(report.rejected).toEqual([
      { line: 251, code: 'duplicate_in_file', reason: 'duplicate of an earlier line in this file' },
      { line: 252, code: 'duplicate_in_file', reason: 'duplicate of an earlier line in this file' },
    ]);
  });

  it('flags the same code held by another seller for the operator, telling neither seller', async () => {
    const alice = await app.seller();
    const bob = await app.seller();
    const shared = `SHARED-${randomCode()}`;
    await upload(alice, await poolOf(alice), `${shared}\n`);
    const bobPool = await poolOf(bob);
    const res = await upload(bob, bobPool, `${shared}\nOWN-${randomCode()}\n`);
    expect(res.body).toMatchObject({ accepted: 2, duplicates: 0, rejected: [] });
    const audits = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'fraud.cross_seller_duplicate'), eq(auditLog.subjectId, bobPool)));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.metadata).toMatchObject({
      sellerId: bob.user.id,
      importBatchId: res.body.batchId,
      otherSellers: [{ sellerId: alice.user.id, matches: 1 }],
    });
    expect(JSON.stringify(audits)).not.toContain(shared);
  });

  it('strict mode refuses the whole file (409) on any duplicate, and writes nothing', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    expect((await upload(seller, poolId, 'STRICT-1\n')).status).toBe(201);
    const vsStock = await upload(seller, poolId, 'STRICT-2\nSTRICT-1\nSTRICT-3\n', { strict: 'true' });
    expect(vsStock.status).toBe(409);
    expect(vsStock.body.error.details).toMatchObject({
      duplicates: 1,
      rejected: [{ line: 2, code: 'duplicate_in_stock', reason: 'already in your stock' }],
    });
    const inFile = await upload(seller, poolId, 'STRICT-4\nSTRICT-4\n', { strict: 'true' });
    expect(inFile.status).toBe(409);
    expect(await codesOf(poolId)).toEqual(['STRICT-1']);
    expect(await batchesOf(poolId)).toHaveLength(1);
    // Without strict, the same file goes in, minus the duplicate.
    const lenient = await upload(seller, poolId, 'STRICT-2\nSTRICT-1\nSTRICT-3\n', { strict: 'false' });
    expect(lenient.body).toMatchObject({ accepted: 2, duplicates: 1 });
  });
});

describe('what the import keeps and shows', () => {
  it('never puts a plaintext code in the report, the batch row, the audit trail or events', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller, 'account');
    const secrets = ['SECRET-USER-777', 'SECRET-PASS-888', 'SECRET-PASS-999', 'SECRET-USER-555'];
    const csv = [
      'username,password,expires_at',
      'SECRET-USER-777,SECRET-PASS-888,',
      'SECRET-USER-777,SECRET-PASS-999,',
      'SECRET-USER-555,,',
      'SECRET-USER-666,SECRET-PASS-000,not-a-date',
    ].join('\n');
    const res = await upload(seller, poolId, csv);
    expect(res.body).toMatchObject({ accepted: 1, duplicates: 1, invalid: 2 });
    expect(res.body.rejected.map((r: { line: number }) => r.line)).toEqual([3, 4, 5]);
    const [batch] = await batchesOf(poolId);
    expect(batch).toMatchObject({ status: 'completed', rows: 4, accepted: 1, duplicates: 1, invalid: 2 });
    expect(batch?.report.rejectedTotal).toBe(3);
    const detail = await app.api('GET', `/pools/${poolId}/imports/${res.body.batchId}`, { auth: seller.auth });
    expect(detail.body.rejected).toEqual(res.body.rejected);

    const dump = await app.dumpAll();
    const shown = [
      JSON.stringify(res.body),
      JSON.stringify(batch),
      JSON.stringify(detail.body),
      JSON.stringify(app.events),
      dump,
    ];
    for (const text of shown) {
      for (const secret of [...secrets, 'SECRET-USER-666', 'SECRET-PASS-000']) expect(text).not.toContain(secret);
    }
  });

  it('lists batches newest first with counts and status, paged', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const a = await upload(seller, poolId, 'LIST-1\n', {}, 'first.csv');
    const b = await upload(seller, poolId, 'LIST-2\nLIST-1\n', {}, 'second.csv');
    const list = await app.api('GET', `/pools/${poolId}/imports`, { auth: seller.auth });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([b.body.batchId, a.body.batchId]);
    expect(list.body.items[0]).toMatchObject({
      fileName: 'second.csv',
      source: 'csv',
      status: 'completed',
      rows: 2,
      accepted: 1,
      duplicates: 1,
      invalid: 0,
      rejectedTotal: 1,
      undoneAt: null,
    });
    const paged = await app.api('GET', `/pools/${poolId}/imports?limit=1`, { auth: seller.auth });
    expect(paged.body.items).toHaveLength(1);
    const rest = await app.api('GET', `/pools/${poolId}/imports?limit=1&cursor=${paged.body.nextCursor}`, {
      auth: seller.auth,
    });
    expect(rest.body.items.map((i: { id: string }) => i.id)).toEqual([a.body.batchId]);

    const stranger = await app.seller();
    expect((await app.api('GET', `/pools/${poolId}/imports`, { auth: stranger.auth })).status).toBe(404);
  });

  it('reports progress over the event sink with ids and counts only', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const codes = Array.from({ length: 400 }, () => randomCode());
    const text = `${codes.join('\n')}\n`;
    const events: { event: string; payload: any }[] = [];
    const ctx = withActor(
      { ...app.deps, events: { toUser: (_u, event, payload) => void events.push({ event, payload }) } },
      { type: 'seller', userId: seller.user.id },
    );
    const report = await importItems(ctx, {
      poolId,
      source: 'bot',
      input: Readable.from([text.slice(0, 2000), text.slice(2000)]),
      totalBytes: Buffer.byteLength(text),
      batchSize: 100,
      progressEveryMs: 0,
    });
    const progress = events.filter((e) => e.event === 'import-progress').map((e) => e.payload);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress.every((p) => p.poolId === poolId && p.batchId === report.batchId)).toBe(true);
    expect(progress.every((p) => p.totalBytes === Buffer.byteLength(text) && p.bytes <= p.totalBytes)).toBe(true);
    const rows = progress.map((p) => p.rows);
    expect([...rows].sort((x, y) => x - y)).toEqual(rows);
    expect(JSON.stringify(events)).not.toContain(codes[0]);
  });

  it('refuses a second import while one of the same seller is running', async () => {
    const seller = await app.seller();
    const poolId = await poolOf(seller);
    const client = await app.db.$client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`imports:${seller.user.id}`]);
      const res = await upload(seller, poolId, 'LOCKED-1\n');
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain('another import');
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    expect((await upload(seller, poolId, 'LOCKED-1\n')).status).toBe(201);
  });
});
