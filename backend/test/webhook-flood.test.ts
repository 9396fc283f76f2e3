import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../src/domain/payments/verify-signature.ts';
import { startTestApp, type TestApp } from './harness.ts';

const UNSIGNED = 'codepool_payment_webhook_unsigned_total';

describe('unsigned payment webhook calls', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const unsignedCount = async () => {
    const text = await (await fetch(`${app.base}/metrics`)).text();
    return Number(text.match(new RegExp(`^${UNSIGNED} (\\d+)`, 'm'))?.[1] ?? Number.NaN);
  };
  const auditRows = async () =>
    (await app.db.$client.query<{ n: number }>('select count(*)::int as n from audit_log')).rows[0]?.n;

  it('answers each with a 401 and counts them, without writing an audit row per call', async () => {
    const before = { rows: await auditRows(), counted: await unsignedCount() };
    const raw = JSON.stringify({ id: 'evt_x', type: 'payment.succeeded', request_id: 'x', amount: 1, currency: 'XTR' });
    const signatures = [
      undefined,
      'v1=abc',
      signWebhook('not-the-secret-0123456789', 'provider-0', raw),
      `t=1,v1=${'0'.repeat(64)}`,
    ];
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        app.api('POST', `/payments/webhook/provider-${i % 7}`, {
          raw,
          headers: {
            'content-type': 'application/json',
            ...(signatures[i % signatures.length]
              ? { 'x-codepool-signature': signatures[i % signatures.length] as string }
              : {}),
          },
        }),
      ),
    );
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([401]));
    expect(await auditRows()).toBe(before.rows);
    expect((await unsignedCount()) - before.counted).toBe(200);
  });
});
