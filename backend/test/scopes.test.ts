import { API_TOKEN_SCOPES, type ApiTokenScope } from '@codepool/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../src/domain/context.ts';
import { createApiToken } from '../src/domain/users/api-tokens.ts';
import { startTestApp, type TestApp } from './harness.ts';

const ID = '00000000-0000-4000-8000-000000000000';

/**
 * Walks the app's own route table, so a route added tomorrow is checked without anyone
 * writing a line here: every route an authenticated caller can reach refuses an API token
 * that lacks its scope, and a route that names no scope refuses every API token.
 */
describe('API token scopes, over every registered route', () => {
  let app: TestApp;
  let sellerId: string;
  const tokenFor = async (scopes: ApiTokenScope[]) =>
    `Bearer ${(await createApiToken(withActor(app.deps, { type: 'seller', userId: sellerId }), { name: 'walk', scopes })).token}`;

  beforeAll(async () => {
    app = await startTestApp();
    sellerId = (await app.seller()).user.id;
  });
  afterAll(() => app.close());

  const call = (method: string, path: string, auth: string) =>
    app.api(method.toUpperCase(), path.replace(/:[A-Za-z]+/g, ID), {
      auth,
      // A JSON body where one is expected, so a refusal is about the token, not the media type.
      ...(method === 'get' || method === 'delete' ? {} : { body: {} }),
    });

  it('knows every mounted route by its spec', () => {
    const specs = new Set(app.routes.specs.map((s) => `${s.method} ${s.path}`));
    const mounted = app.routes.mounted().filter((r) => r.path !== '/openapi.json');
    expect(mounted.length).toBeGreaterThan(30);
    for (const r of mounted)
      expect(specs, `${r.method} ${r.path} has no route spec`).toContain(`${r.method} ${r.path}`);
  });

  it('refuses a token without the route’s scope, and any token where the route names none', async () => {
    const guarded = app.routes.specs.filter((s) => s.auth !== 'none');
    expect(guarded.length).toBeGreaterThan(30);
    for (const spec of guarded) {
      const others = API_TOKEN_SCOPES.filter((s) => s !== spec.scope);
      const res = await call(spec.method, spec.path, await tokenFor(others));
      expect(res.status, `${spec.method} ${spec.path} with [${others.join(', ')}]`).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
  });

  it('lets a token with exactly the route’s scope past the scope check', async () => {
    for (const spec of app.routes.specs.filter((s) => s.auth !== 'none' && s.scope)) {
      const res = await call(spec.method, spec.path, await tokenFor([spec.scope as ApiTokenScope]));
      expect(res.status, `${spec.method} ${spec.path} with [${spec.scope}]: ${JSON.stringify(res.body)}`).not.toBe(403);
      expect(res.status).not.toBe(401);
      expect(res.status).toBeLessThan(500);
    }
  });

  it('guards money and the books with their own scopes; token management stays with the dashboard', () => {
    const scopeOf = (method: string, path: string) =>
      app.routes.specs.find((s) => s.method === method && s.path === path)?.scope ?? null;
    expect(scopeOf('post', '/requests/:id/dispute/resolve')).toBe('requests:write');
    expect(scopeOf('post', '/requests/:id/deliver')).toBe('requests:write');
    expect(scopeOf('get', '/ledger')).toBe('ledger:read');
    expect(scopeOf('get', '/audit')).toBe('audit:read');
    for (const [m, p] of [
      ['get', '/tokens'],
      ['post', '/tokens'],
      ['delete', '/tokens/:id'],
    ] as const)
      expect(scopeOf(m, p), `${m} ${p}`).toBeNull();
  });

  it('tells an API caller which scope each operation needs in the OpenAPI document', async () => {
    const doc = await app.api('GET', '/openapi.json');
    expect(doc.body.paths['/api/ledger'].get['x-token-scope']).toBe('ledger:read');
    expect(doc.body.paths['/api/tokens'].post['x-token-scope']).toBeNull();
  });
});
