import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { createLoginToken } from '../src/domain/auth/login-links.ts';
import { createLogger } from '../src/lib/logger.ts';
import { type Running, startServer } from '../src/server.ts';
import {
  freshDatabaseUrl,
  makeSeller,
  postLoginToken,
  randomCode,
  shopWith,
  startTestApp,
  type TestApp,
} from './harness.ts';

const ID = '00000000-0000-4000-8000-000000000000';

/** Every call the dashboard makes, with a body it would send. */
const ROUTES: { method: string; path: string; body?: unknown; multipart?: boolean }[] = [
  { method: 'GET', path: '/me' },
  { method: 'GET', path: '/pools' },
  { method: 'POST', path: '/pools', body: { name: 'x', deliveryType: 'code' } },
  { method: 'GET', path: `/pools/${ID}` },
  { method: 'PATCH', path: `/pools/${ID}`, body: { name: 'y' } },
  { method: 'DELETE', path: `/pools/${ID}` },
  { method: 'GET', path: `/pools/${ID}/items` },
  { method: 'POST', path: `/pools/${ID}/items/mark`, body: { itemIds: [ID], status: 'invalid' } },
  { method: 'POST', path: `/pools/${ID}/items/find`, body: { code: 'ABC' } },
  { method: 'GET', path: `/pools/${ID}/stock-history` },
  { method: 'GET', path: `/pools/${ID}/imports` },
  { method: 'GET', path: `/pools/${ID}/imports/${ID}` },
  { method: 'POST', path: `/pools/${ID}/imports`, multipart: true },
  { method: 'POST', path: `/pools/${ID}/imports/${ID}/undo` },
  { method: 'GET', path: '/templates' },
  { method: 'POST', path: '/templates', body: { title: 't', price: 1, currency: 'XTR' } },
  { method: 'PATCH', path: `/templates/${ID}`, body: { price: 2 } },
  { method: 'GET', path: '/requests?role=seller' },
  { method: 'GET', path: '/requests?role=seller&status=funded' },
  { method: 'GET', path: `/requests/${ID}` },
  { method: 'POST', path: `/requests/${ID}/deliver`, body: { contents: ['x'] } },
  { method: 'POST', path: `/requests/${ID}/dispute/resolve`, body: { action: 'refund' } },
  { method: 'GET', path: '/analytics/overview' },
  { method: 'GET', path: '/audit' },
  { method: 'GET', path: '/tokens' },
  { method: 'POST', path: '/tokens', body: { name: 'x' } },
  { method: 'DELETE', path: `/tokens/${ID}` },
  { method: 'GET', path: '/ledger' },
];

describe('the dashboard’s API without a valid session', () => {
  let app: TestApp;
  let revoked: string;
  beforeAll(async () => {
    app = await startTestApp();
    const shop = await shopWith(app, [{ code: randomCode() }]);
    const token = await createLoginToken(app.deps, { userId: shop.seller.user.id });
    revoked = (await postLoginToken(app.base, token)).cookie;
    expect((await app.api('GET', '/pools', { headers: { cookie: revoked } })).status).toBe(200);
    const out = await fetch(`${app.base}/api/auth/logout`, { method: 'POST', headers: { cookie: revoked } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/cp_session=;/);
  });
  afterAll(() => app.close());

  async function send(route: (typeof ROUTES)[number], cookie?: string) {
    const headers: Record<string, string> = cookie ? { cookie } : {};
    if (route.multipart) {
      const form = new FormData();
      form.append('file', new Blob(['code\nABC\n'], { type: 'text/csv' }), 'x.csv');
      const res = await fetch(`${app.base}/api${route.path}`, { method: route.method, headers, body: form });
      return { status: res.status, body: (await res.json()) as unknown };
    }
    return app.api(route.method, route.path, { headers, ...(route.body ? { body: route.body } : {}) });
  }

  const expired = /^your dashboard session has expired/;
  const cases = [
    ['no cookie', () => undefined, 'unauthorized', /^missing Authorization header/],
    ['a signed-out session', () => revoked, 'session_expired', expired],
    ['a garbage cookie', () => 'cp_session=not-a-session', 'session_expired', expired],
    ['a well-formed but unknown session', () => `cp_session=${'A'.repeat(43)}`, 'session_expired', expired],
    ['a cookie that is not valid percent-encoding', () => 'cp_session=%E0%A4%A', 'session_expired', expired],
  ] as const;

  for (const [name, cookie, code, message] of cases) {
    it(`answers 401 in the error shape to every dashboard route with ${name}`, async () => {
      for (const route of ROUTES) {
        const res = await send(route, cookie());
        expect(res.status, `${route.method} ${route.path}`).toBe(401);
        expect(res.body, `${route.method} ${route.path}`).toEqual({
          error: { code, message: expect.stringMatching(message) },
        });
      }
    });
  }
});

describe('live updates for the dashboard over socket.io, signed in by the session cookie', () => {
  let running: Running;
  let dataDir: string;
  let cookie: string;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-dash-rt-'));
    running = await startServer(
      parseConfig({ DATABASE_URL: await freshDatabaseUrl(), DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' }),
      createLogger('silent'),
      { jobs: false },
    );
    const seller = await makeSeller(running.deps.db, { id: 8001, first_name: 'S' });
    const token = await createLoginToken(running.deps, { userId: seller.id });
    cookie = (await postLoginToken(running.url, token)).cookie;
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await running.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  function socket(headers: Record<string, string>) {
    const s = connect(running.url, { transports: ['websocket'], reconnection: false, extraHeaders: headers });
    sockets.push(s);
    return s;
  }
  const outcome = (s: Socket) =>
    new Promise<string>((resolve) => {
      s.on('connect', () => resolve('connected'));
      s.on('connect_error', (e) => resolve(e.message));
    });

  it('joins the seller’s room from the same origin and hears stock move', async () => {
    const s = socket({ cookie, origin: running.url });
    expect(await outcome(s)).toBe('connected');
    const heard = new Promise((resolve) => s.on('stock-update', resolve));
    const call = (method: string, p: string, body: unknown) =>
      fetch(`${running.url}/api${p}`, {
        method,
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<Record<string, any>>);
    const pool = await call('POST', '/pools', { name: 'Live', deliveryType: 'code' });
    await call('POST', `/pools/${pool.id}/items`, { items: [{ fields: { code: 'LIVE-0001' } }] });
    expect(await heard).toEqual({ poolId: pool.id, available: 1 });
  });

  it('refuses the cookie from a page of another origin, and a session that has ended', async () => {
    expect(await outcome(socket({ cookie, origin: 'https://evil.example' }))).toBe(
      'unauthorized: the session cookie counts only from this origin',
    );
    expect(await outcome(socket({ cookie }))).toBe('unauthorized: the session cookie counts only from this origin');
    expect(await outcome(socket({ cookie: `cp_session=${'B'.repeat(43)}`, origin: running.url }))).toMatch(
      /^unauthorized: your dashboard session has expired/,
    );
  });

  it('refuses a cookie that is not valid percent-encoding as an ended session, not a server error', async () => {
    expect(await outcome(socket({ cookie: 'cp_session=%E0%A4%A', origin: running.url }))).toMatch(
      /^unauthorized: your dashboard session has expired/,
    );
  });

  it('disconnects the session’s sockets when it signs out, and a token’s when it is revoked', async () => {
    const seller = await makeSeller(running.deps.db, { id: 8002, first_name: 'T' });
    const mine = (await postLoginToken(running.url, await createLoginToken(running.deps, { userId: seller.id })))
      .cookie;
    const other = (await postLoginToken(running.url, await createLoginToken(running.deps, { userId: seller.id })))
      .cookie;
    const created = await fetch(`${running.url}/api/tokens`, {
      method: 'POST',
      headers: { cookie: mine, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'live', scopes: ['pools:read'] }),
    }).then((r) => r.json() as Promise<{ token: string; apiToken: { id: string } }>);
    const bySession = socket({ cookie: mine, origin: running.url });
    const byOtherSession = socket({ cookie: other, origin: running.url });
    const byToken = connect(running.url, {
      auth: { token: created.token },
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(byToken);
    expect(await Promise.all([bySession, byOtherSession, byToken].map(outcome))).toEqual([
      'connected',
      'connected',
      'connected',
    ]);
    const ended = (s: Socket) => new Promise<string>((resolve) => s.on('disconnect', (reason) => resolve(reason)));

    const tokenGone = ended(byToken);
    const revoke = await fetch(`${running.url}/api/tokens/${created.apiToken.id}`, {
      method: 'DELETE',
      headers: { cookie: mine },
    });
    expect(revoke.status).toBe(200);
    expect(await tokenGone).toBe('io server disconnect');
    expect(bySession.connected).toBe(true);

    const sessionGone = ended(bySession);
    expect((await fetch(`${running.url}/api/auth/logout`, { method: 'POST', headers: { cookie: mine } })).status).toBe(
      204,
    );
    expect(await sessionGone).toBe('io server disconnect');
    // The same seller's other session is another credential: it stays.
    await new Promise((r) => setTimeout(r, 200));
    expect(byOtherSession.connected).toBe(true);
    // And neither ended credential opens a new socket.
    expect(await outcome(socket({ cookie: mine, origin: running.url }))).toMatch(
      /^unauthorized: your dashboard session/,
    );
  });
});

describe('the sign-in link: opening it changes nothing, only its page’s same-origin post signs in', () => {
  let app: TestApp;
  let sellerId: string;
  beforeAll(async () => {
    app = await startTestApp();
    sellerId = (await app.seller('Linda')).user.id;
  });
  afterAll(() => app.close());

  it('shows whose account a link opens, sets no cookie and keeps the token for the button', async () => {
    const token = await createLoginToken(app.deps, { userId: sellerId });
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${app.base}/api/auth/login?token=${token}`, { redirect: 'manual' });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const html = await res.text();
      expect(html).toContain('signs you in as <strong>Linda</strong>');
      expect(html).toContain('<form method="post" action="/api/auth/login">');
    }
    const { rows } = await app.db.$client.query('select count(*)::int as n from dashboard_sessions');
    expect(rows[0].n).toBe(0);
    const { res, cookie } = await postLoginToken(app.base, token);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expect((await app.api('GET', '/me', { headers: { cookie } })).body.firstName).toBe('Linda');
    // Used: its page and a second post both say so.
    expect((await fetch(`${app.base}/api/auth/login?token=${token}`)).status).toBe(401);
    const again = await postLoginToken(app.base, token);
    expect(again.res.status).toBe(401);
    expect(await again.res.text()).toContain('This sign-in link does not work');
  });

  it('speaks the account’s language on its page, and the browser’s on a link that does not work', async () => {
    const russian = await app.seller('Лена <b>');
    await app.db.$client.query("update users set language_code = 'ru' where id = $1", [russian.user.id]);
    const token = await createLoginToken(app.deps, { userId: russian.user.id });
    const html = await (await fetch(`${app.base}/api/auth/login?token=${token}`)).text();
    expect(html).toContain('<html lang="ru" dir="ltr">');
    expect(html).toContain('<title>Вход в панель Codepool</title>');
    // The name is the seller's text: escaped inside the translated sentence.
    expect(html).toContain('По этой ссылке вы войдёте как <strong>Лена &lt;b&gt;</strong>.');
    expect(html).toContain('>Войти</button>');
    const bad = await fetch(`${app.base}/api/auth/login?token=nope`, {
      headers: { 'accept-language': 'ru-RU,ru;q=0.9' },
    });
    expect(bad.status).toBe(401);
    expect(await bad.text()).toContain('<h1 style="font-size:22px">Эта ссылка для входа не работает</h1>');
    const english = await fetch(`${app.base}/api/auth/login?token=nope`, { headers: { 'accept-language': 'de, fr' } });
    expect(await english.text()).toContain('This sign-in link does not work');
  });

  it('refuses a post from another site, and leaves the token unused', async () => {
    const token = await createLoginToken(app.deps, { userId: sellerId });
    const foreign: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'null' },
    ];
    for (const headers of foreign) {
      const { res, cookie } = await postLoginToken(app.base, token, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(cookie).toBe('');
    }
    const { res, cookie } = await postLoginToken(app.base, token, {
      origin: app.base,
      'sec-fetch-site': 'same-origin',
    });
    expect(res.status).toBe(303);
    expect(cookie).toMatch(/^cp_session=/);
  });
});
