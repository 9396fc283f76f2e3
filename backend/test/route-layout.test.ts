import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../src/domain/context.ts';
import { OpenApiRegistry } from '../src/http/openapi.ts';
import type { RouteKit } from '../src/http/route.ts';
import { startTestApp, type TestApp } from './harness.ts';

const ROUTES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/http/routes');

type Registered = { method: string; path: string; tag: string };

/** What one route file registers: every exported `…Route(s)` function, called on a kit of its own. */
async function registeredBy(file: string): Promise<Registered[]> {
  const mod = (await import(path.join(ROUTES_DIR, file))) as Record<string, unknown>;
  const openapi = new OpenApiRegistry();
  const kit: RouteKit = { router: express.Router(), deps: {} as Deps, auth: { botToken: 'x' } as never, openapi };
  // The options a few of them take (cookies, the webhook's secret and body limit); registering reads none of it.
  const options = { secureCookies: () => false, secret: undefined, limit: '1kb' };
  const registrations = Object.entries(mod).filter(([name, f]) => typeof f === 'function' && /Routes?$/.test(name));
  expect(registrations.length, `${file} exports no …Routes function`).toBeGreaterThan(0);
  for (const [, register] of registrations) (register as (kit: RouteKit, o: unknown) => void)(kit, options);
  return openapi.routes().map((s) => ({ method: s.method, path: s.path, tag: s.tag }));
}

/**
 * The layout a newcomer relies on: each entity's routes are in `http/routes/<entity>.ts`,
 * tagged `<entity>` in the OpenAPI document, and no route is registered anywhere else.
 */
describe('route files by entity', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const files = fs.readdirSync(ROUTES_DIR).filter((f) => f.endsWith('.ts'));

  it('tags every route with the name of the file it is in', async () => {
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const entity = path.basename(file, '.ts');
      const routes = await registeredBy(file);
      expect(routes.length, `${file} registers no route`).toBeGreaterThan(0);
      for (const r of routes) expect(r.tag, `${r.method} ${r.path} is in ${file}`).toBe(entity);
    }
  });

  it('registers every route of the app in one of those files, and each in one only', async () => {
    const fromFiles = (await Promise.all(files.map(registeredBy))).flat().map((r) => `${r.method} ${r.path}`);
    expect(new Set(fromFiles).size).toBe(fromFiles.length);
    const fromApp = app.routes.specs.map((s) => `${s.method} ${s.path}`);
    expect([...fromFiles].sort()).toEqual([...fromApp].sort());
  });

  it('answers where the dispute route is: disputes.ts', async () => {
    expect(await registeredBy('disputes.ts')).toContainEqual({
      method: 'post',
      path: '/requests/:id/dispute',
      tag: 'disputes',
    });
  });
});
