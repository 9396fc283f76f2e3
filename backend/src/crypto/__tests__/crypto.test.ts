import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shopWith, startTestApp, type TestApp } from '../../../test/harness.ts';
import { ConfigError, parseConfig } from '../../config.ts';
import { DecryptError, decryptFields, encryptFields, fingerprint, KeyUnavailableError, reencrypt } from '../items.ts';
import { keyCheckValue } from '../key-checks.ts';
import { generateKeySpec, KeyRingError, loadKeyRing, parseKeyRing } from '../keyring.ts';

describe('item encryption', () => {
  const ring = parseKeyRing(generateKeySpec());
  const a = { poolId: '01a20000-0000-7000-8000-00000000000a', itemId: '01a20000-0000-7000-8000-0000000000a1' };

  it('round-trips fields and uses a fresh IV every time', () => {
    const one = encryptFields(ring, a, { code: 'SAME' });
    const two = encryptFields(ring, a, { code: 'SAME' });
    expect(one.ciphertext.equals(two.ciphertext)).toBe(false);
    expect(decryptFields(ring, a, one.ciphertext, one.keyVersion)).toEqual({ code: 'SAME' });
  });

  it('a ciphertext bound to one item or pool does not decrypt as another', () => {
    const { ciphertext, keyVersion } = encryptFields(ring, a, { code: 'BOUND' });
    expect(() =>
      decryptFields(ring, { ...a, itemId: '01a20000-0000-7000-8000-0000000000b2' }, ciphertext, keyVersion),
    ).toThrow(DecryptError);
    expect(() =>
      decryptFields(ring, { ...a, poolId: '01a20000-0000-7000-8000-00000000000b' }, ciphertext, keyVersion),
    ).toThrow(DecryptError);
    const tampered = Buffer.from(ciphertext);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => decryptFields(ring, a, tampered, keyVersion)).toThrow(DecryptError);
  });

  it('decrypts with older key versions after a new one is added, and encrypts with the newest', () => {
    const v1 = parseKeyRing(generateKeySpec(1));
    const old = encryptFields(v1, a, { code: 'OLD' });
    const spec2 = `fp:${v1.fingerprintKey.toString('base64')},1:${v1.keys.get(1)!.toString('base64')},2:${Buffer.alloc(32, 7).toString('base64')}`;
    const v2 = parseKeyRing(spec2);
    expect(v2.current).toBe(2);
    expect(decryptFields(v2, a, old.ciphertext, 1)).toEqual({ code: 'OLD' });
    expect(encryptFields(v2, a, { code: 'NEW' }).keyVersion).toBe(2);
    expect(fingerprint(v1, 'X').equals(fingerprint(v2, 'X'))).toBe(true);
  });

  it('re-encrypts to the current version under the same binding, and a missing version is a clear error', () => {
    const v1 = parseKeyRing(generateKeySpec(1));
    const old = encryptFields(v1, a, { code: 'ROTATE-ME', pin: '1' });
    const v12 = parseKeyRing(
      `fp:${v1.fingerprintKey.toString('base64')},1:${v1.keys.get(1)!.toString('base64')},2:${Buffer.alloc(32, 9).toString('base64')}`,
    );
    const moved = reencrypt(v12, a, old.ciphertext, old.keyVersion);
    expect(moved.keyVersion).toBe(2);
    const v2 = parseKeyRing(`fp:${v1.fingerprintKey.toString('base64')},2:${Buffer.alloc(32, 9).toString('base64')}`);
    expect(decryptFields(v2, a, moved.ciphertext, 2)).toEqual({ code: 'ROTATE-ME', pin: '1' });
    expect(() => decryptFields(v2, { ...a, itemId: a.poolId }, moved.ciphertext, 2)).toThrow(DecryptError);
    expect(() => decryptFields(v2, a, old.ciphertext, 1)).toThrow(KeyUnavailableError);
    expect(() => decryptFields(v2, a, old.ciphertext, 1)).toThrow(expect.objectContaining({ code: 'unavailable' }));
  });

  it('a key check value is fixed for a key and its slot, differs for another key or slot, and holds no key', () => {
    const key = Buffer.alloc(32, 3);
    const value = keyCheckValue(key, 'data', 1);
    expect(value.equals(keyCheckValue(Buffer.from(key), 'data', 1))).toBe(true);
    expect(value.equals(keyCheckValue(Buffer.alloc(32, 4), 'data', 1))).toBe(false);
    expect(value.equals(keyCheckValue(key, 'data', 2))).toBe(false);
    expect(value.equals(keyCheckValue(key, 'fingerprint', 1))).toBe(false);
    expect(value.includes(key.subarray(0, 8))).toBe(false);
  });

  it('fingerprints are keyed: another key gives another fingerprint', () => {
    const other = parseKeyRing(generateKeySpec());
    expect(fingerprint(ring, 'CODE').equals(fingerprint(other, 'CODE'))).toBe(false);
  });

  it('refuses malformed key specs', () => {
    expect(() => parseKeyRing('1:abc')).toThrow(KeyRingError);
    expect(() => parseKeyRing(`1:${Buffer.alloc(32).toString('base64')}`)).toThrow(/fingerprint/);
    expect(() => parseKeyRing(`fp:${Buffer.alloc(32).toString('base64')}`)).toThrow(/data key/);
  });
});

describe('keys and configuration', () => {
  it('development creates a key file once and says so; production refuses to start without keys', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-keys-'));
    const said: string[] = [];
    const first = await loadKeyRing({ spec: undefined, dataDir: dir, production: false, log: (m) => said.push(m) });
    const second = await loadKeyRing({ spec: undefined, dataDir: dir, production: false, log: (m) => said.push(m) });
    expect(first.keys.get(1)?.equals(second.keys.get(1)!)).toBe(true);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(path.join(dir, 'keys'));
    expect((await fs.stat(path.join(dir, 'keys'))).mode & 0o777).toBe(0o600);
    await expect(
      loadKeyRing({ spec: undefined, dataDir: dir, production: true, log: () => undefined }),
    ).rejects.toThrow(KeyRingError);
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/CODEPOOL_KEYS/);
    await fs.rm(dir, { recursive: true });
  });

  it('a bad value stops the start with a message naming the variable', () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{ PORT: 'eighty' }, /PORT/],
      [{ BOT_MODE: 'carrier-pigeon' }, /BOT_MODE/],
      [{ BOT_TOKEN: 'nope' }, /BOT_TOKEN/],
      [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
      [{ PAYMENT_WEBHOOK_SECRET: 'short' }, /PAYMENT_WEBHOOK_SECRET/],
      [{ BOT_MODE: 'webhook' }, /BOT_TOKEN/],
      [{ BOT_MODE: 'webhook', BOT_TOKEN: `1:${'a'.repeat(30)}` }, /TELEGRAM_WEBHOOK_SECRET/],
      [{ NODE_ENV: 'production', CODEPOOL_KEYS: generateKeySpec(), DEV_FUNDING: 'on' }, /DEV_FUNDING/],
    ];
    for (const [env, named] of bad) {
      expect(() => parseConfig(env)).toThrow(ConfigError);
      expect(() => parseConfig(env)).toThrow(named);
    }
    expect(parseConfig({}).botMode).toBe('off');
  });
});

describe('ciphertext in the database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('a ciphertext copied onto another row fails to decrypt there, and the reveal refuses rather than leak', async () => {
    const shop = await shopWith(app, [{ code: 'FIRST-ROW-CODE' }, { code: 'SECOND-ROW-CODE' }]);
    // Copy the second item's ciphertext onto the first, the one the next sale draws. Both rows
    // are in the same pool, so only the item id in the additional data tells them apart.
    const { rows } = await app.db.$client.query<{ id: string }>(
      'select id from pool_items where pool_id = $1 order by id',
      [shop.poolId],
    );
    await app.db.$client.query(
      'update pool_items set ciphertext = (select ciphertext from pool_items where id = $1) where id = $2',
      [rows[1]!.id, rows[0]!.id],
    );
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    await app.pay(req.body.id, req.body.total);
    const reveal = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
    expect(reveal.status).toBe(500);
    expect(reveal.body.error).toEqual({ code: 'internal', message: 'internal error' });
    expect(JSON.stringify(reveal.body)).not.toContain('ROW-CODE');
    // Nothing was shown, so nothing stands as evidence that it was: the stamp is taken back.
    const { rows: after } = await app.db.$client.query<{ revealed_at: Date | null }>(
      'select revealed_at from pool_items where purchase_request_id = $1',
      [req.body.id],
    );
    expect(after).toEqual([{ revealed_at: null }]);
    const { rows: audit } = await app.db.$client.query<{ action: string }>(
      "select action from audit_log where subject_id = $1 and action like 'delivery.%' order by id",
      [req.body.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['delivery.revealed', 'delivery.reveal_failed']);
  });

  it('an item under a key version this server lacks answers a clear 503, shows nothing and takes the stamp back', async () => {
    const shop = await shopWith(app, [{ code: 'MISSING-KEY-CODE' }]);
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    await app.pay(req.body.id, req.body.total);
    const ring = app.deps.keys;
    // As on a replica that started before a rotation took version 1 away from it.
    app.deps.keys = parseKeyRing(
      `fp:${ring.fingerprintKey.toString('base64')},2:${Buffer.alloc(32, 5).toString('base64')}`,
    );
    try {
      const reveal = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
      expect(reveal.status).toBe(503);
      expect(reveal.body.error).toMatchObject({ code: 'unavailable', details: { keyVersion: 1 } });
      expect(JSON.stringify(reveal.body)).not.toContain('MISSING-KEY');
      const { rows } = await app.db.$client.query('select revealed_at from pool_items where purchase_request_id = $1', [
        req.body.id,
      ]);
      expect(rows).toEqual([{ revealed_at: null }]);
    } finally {
      app.deps.keys = ring;
    }
    const later = await app.api('POST', `/requests/${req.body.id}/reveal`, { auth: buyer.auth });
    expect(later.body.items[0].fields[0].value).toBe('MISSING-KEY-CODE');
  });
});
