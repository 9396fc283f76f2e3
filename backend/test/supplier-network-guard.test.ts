import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { TestSourceResult } from '@codepool/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { generateKeySpec } from '../src/crypto/keyring.ts';
import { isPrivateAddress } from '../src/suppliers/network-guard.ts';
import { shopWith, startTestApp, type TestApp } from './harness.ts';

/**
 * A seller types the supplier's base URL, and anyone can be a seller: in production the server
 * must not be made to call its own network (the database, a metadata address) on their behalf.
 */
describe('supplier URLs on private networks', () => {
  let app: TestApp;
  let server: http.Server;
  let url: string;
  let hits = 0;
  beforeAll(async () => {
    app = await startTestApp({ suppliers: { privateNetworks: 'deny' } });
    server = http.createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ available: 5, unitCost: 100, currency: 'EUR' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
  });

  it('are refused before any request leaves, as a supplier refusal (never a 5xx)', async () => {
    const shop = await shopWith(app, []);
    const port = new URL(url).port;
    for (const baseUrl of [
      url,
      `http://localhost:${port}`,
      `http://[::ffff:127.0.0.1]:${port}`,
      'http://169.254.169.254',
    ]) {
      const res = await app.api('POST', `/pools/${shop.poolId}/source/test`, {
        auth: shop.seller.auth,
        body: {
          mode: 'on_demand',
          kind: 'seller_server',
          productId: 'gift-10',
          maxUnitCost: 900,
          baseUrl,
          credentials: { secret: randomBytes(24).toString('hex') },
        },
      });
      expect(res.status, baseUrl).toBe(200);
      const result = TestSourceResult.parse(res.body);
      expect(result.ok, baseUrl).toBe(false);
      if (!result.ok) {
        expect(result.error.kind).toBe('rejected');
        expect(result.error.message).toMatch(/private network/);
      }
    }
    expect(hits).toBe(0);
  });

  it('knows loopback, private, link-local, shared and mapped addresses from public ones', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0'])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['::1', '::', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1', 'not-an-address'])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
      expect(isPrivateAddress(a), a).toBe(false);
  });

  it('deny in production unless said otherwise; allow elsewhere (the demo and tests use localhost)', () => {
    const keys = generateKeySpec();
    expect(parseConfig({ NODE_ENV: 'production', CODEPOOL_KEYS: keys }).suppliers.privateNetworks).toBe('deny');
    expect(
      parseConfig({ NODE_ENV: 'production', CODEPOOL_KEYS: keys, SUPPLIER_PRIVATE_NETWORKS: 'allow' }).suppliers
        .privateNetworks,
    ).toBe('allow');
    expect(parseConfig({}).suppliers.privateNetworks).toBe('allow');
  });
});
