import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';

describe('observability', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers liveness and readiness (every migration applied)', async () => {
    expect(await (await fetch(`${app.base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe('ready');
  });

  it('echoes a request id, and exposes draws, reveals, outbox backlog and stock per pool as Prometheus metrics', async () => {
    const shop = await shopWith(app, [{ code: randomCode() }, { code: randomCode() }]);
    const buyer = app.buyer();
    const req = await app.api('POST', '/requests', { auth: buyer.auth, body: { templateId: shop.templateId } });
    await app.pay(req.body.id, req.body.total);
    const reveal = await app.api('POST', `/requests/${req.body.id}/reveal`, {
      auth: buyer.auth,
      headers: { 'x-request-id': 'trace-42' },
    });
    expect(reveal.headers.get('x-request-id')).toBe('trace-42');
    const text = await (await fetch(`${app.base}/metrics`)).text();
    expect(text).toMatch(/codepool_draws_total\{outcome="delivered"\} [1-9]/);
    expect(text).toMatch(/codepool_draw_duration_seconds_count [1-9]/);
    expect(text).toMatch(/codepool_reveals_total [1-9]/);
    expect(text).toMatch(/codepool_outbox_backlog [1-9]/);
    expect(text).toContain(`codepool_pool_available{pool="${shop.poolId}"} 1`);
  });
});
