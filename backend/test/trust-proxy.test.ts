import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.ts';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';

const BASE_ENV = { DATA_DIR: '/tmp/codepool-trust-proxy-test' };

describe('TRUST_PROXY', () => {
  it('parses addresses, subnets, names, hop counts and off, and refuses trusting everyone', () => {
    expect(parseConfig(BASE_ENV).trustProxy).toEqual(['loopback']);
    expect(parseConfig({ ...BASE_ENV, TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(parseConfig({ ...BASE_ENV, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(parseConfig({ ...BASE_ENV, TRUST_PROXY: 'loopback, 172.16.0.0/12,fd00::/8,10.1.2.3' }).trustProxy).toEqual([
      'loopback',
      '172.16.0.0/12',
      'fd00::/8',
      '10.1.2.3',
    ]);
    for (const bad of ['true', '300.1.1.1', '10.0.0.0/33', 'caddy', '']) {
      expect(() => parseConfig({ ...BASE_ENV, TRUST_PROXY: bad }), bad).toThrow(ConfigError);
    }
  });

  describe('the address in audit rows', () => {
    const apps: TestApp[] = [];
    afterAll(async () => {
      for (const a of apps) await a.close();
    });

    /** The ip of the audit row a seller's pool edit writes, sent with the given X-Forwarded-For. */
    async function auditedIp(trustProxy: boolean | string[] | undefined, forwardedFor: string) {
      const app = await startTestApp(trustProxy === undefined ? {} : { trustProxy });
      apps.push(app);
      const shop = await shopWith(app, [{ code: randomCode() }]);
      const r = await app.api('PATCH', `/pools/${shop.poolId}`, {
        auth: shop.seller.auth,
        body: { name: 'Renamed' },
        headers: { 'x-forwarded-for': forwardedFor },
      });
      expect(r.status).toBe(200);
      const { rows } = await app.db.$client.query<{ ip: string }>(
        "select ip from audit_log where subject_id = $1 and action like 'pool.%' order by id desc limit 1",
        [shop.poolId],
      );
      return rows[0]?.ip;
    }

    it('is the client the trusted proxy names', async () => {
      // The test's requests come from loopback, as a proxy on the same host or a trusted network would.
      expect(await auditedIp(undefined, '203.0.113.7')).toBe('203.0.113.7');
      expect(await auditedIp(['loopback'], '198.51.100.1, 203.0.113.8')).toBe('203.0.113.8');
    });

    it('is the peer itself when the peer is not a trusted proxy, whatever header it forges', async () => {
      expect(await auditedIp(false, '203.0.113.9')).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
      expect(await auditedIp(['10.0.0.0/8'], '203.0.113.10')).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    });
  });
});
