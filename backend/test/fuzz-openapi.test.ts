import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumeLoginToken, createLoginToken } from '../src/domain/auth/login-links.ts';
import { withActor } from '../src/domain/context.ts';
import { createApiToken } from '../src/domain/users/api-tokens.ts';
import { OTHER_BOT_TOKEN, randomCode, shopWith, startTestApp, type TestApp } from './harness.ts';

/**
 * A schema-driven fuzz of every operation the served OpenAPI document lists, so a new route
 * is fuzzed the day it is registered. Each operation is called by every kind of caller with a
 * plausible request, with a NUL in each of its string inputs in turn, and then with requests
 * drawn from its schemas and from a list of hostile values (wrong types, huge numbers, bad
 * ids and cursors, malformed JSON and percent-encoding, arrays for objects, unknown fields).
 * Any 5xx fails the test, naming the request, and so does a refusal outside the API's error
 * shape. Seeded: the same seed sends the same requests (FUZZ_SEED, FUZZ_RUNS to explore more).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const RANDOM_RUNS = Number(process.env.FUZZ_RUNS ?? 45);
const CONCURRENCY = 4;

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
};
type Parameter = { name: string; in: 'path' | 'query'; required?: boolean; schema: Schema };
type Operation = {
  method: string;
  path: string;
  parameters: Parameter[];
  body: Schema | undefined;
};
type Caller = { name: string; headers: Record<string, string> };
type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string; text: string }
  | { kind: 'multipart'; fileName: string; csv: string; fields: Record<string, string> };
type Call = { caller: Caller; path: string; query: string; body: Body };

/** What the fuzz knows exists, so that ids are sometimes valid and requests reach past the lookups. */
type Known = Record<string, string[]>;

const BAD_IDS = [
  'not-a-uuid',
  '0',
  '-1',
  '1e308',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '01234567-89ab-7def-8123-456789abcdef',
  'ZZZZZZZZ-ZZZZ-4ZZZ-8ZZZ-ZZZZZZZZZZZZ',
  'x'.repeat(300),
  "' OR 1=1 --",
  '../../etc/passwd',
  '\u0000',
  'a\u0000b',
  '',
  ' ',
];
// Inserted into a URL as they are: malformed percent-encoding, an encoded NUL, an encoded slash.
const RAW_PATH_VALUES = ['%E0%A4%A', '%', '%00', 'a%00b', '%2F..%2F', '%C0%AF', '%FF%FE', '..'];
const HUGE_NUMBERS = [1e308, -1e308, -1, 0, -0, 2 ** 53 + 1, -(2 ** 53 + 1), 2 ** 31, -(2 ** 31) - 1, 1.5, 1e-308];
const ODD_VALUES: unknown[] = [null, true, false, [], {}, [1, 2], [{}], { a: 1 }, '', 'null', '[]', '{}'];
const MALFORMED_JSON = [
  '',
  '{',
  '{"a":',
  '[',
  'null',
  'true',
  '"text"',
  '1e308',
  '[]',
  '[{}]',
  '{"a":"\\u0000"}',
  '{"\\u0000":1}',
  '{"__proto__":{"isSeller":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  `${'['.repeat(3000)}${']'.repeat(3000)}`,
  '\u0000',
  '\ufeff{}',
];
const CSVS = [
  'code\nA1\nB2\n',
  '',
  '\u0000\n\u0000',
  'code;pin\nX;1\n',
  `${'('.repeat(2000)}\nA\n`,
  '"unterminated\n',
  'code,cost,expires_at\nQ1,1e308,not-a-date\nQ2,-1,2020-01-01\n',
];

const typeOf = (s: Schema) => (Array.isArray(s.type) ? s.type[0] : s.type);

/** Which of the known ids a field or parameter most likely names, by its name or the path before it. */
function idsFor(known: Known, hint: string): string[] {
  const h = hint.toLowerCase();
  for (const key of ['batch', 'item', 'template', 'request', 'token', 'pool', 'user']) {
    if (h.includes(key) && known[key]?.length) return known[key];
  }
  return Object.values(known).flat();
}

/** Values the schema accepts, or nearly: enums, bounds and formats kept, ids drawn from real rows. */
function valid(s: Schema, known: Known, hint: string, full = false): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alts = s.anyOf ?? s.oneOf;
  if (alts?.length) return fc.oneof(...alts.map((a) => valid(a, known, hint, full)));
  if (s.allOf?.length) return valid(s.allOf[0] as Schema, known, hint, full);
  const base = ((): fc.Arbitrary<unknown> => {
    switch (typeOf(s)) {
      case 'string': {
        if (s.format === 'uuid') {
          const ids = idsFor(known, hint);
          return ids.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, fc.uuid()) : fc.uuid();
        }
        if (s.format === 'date-time') {
          return fc
            .integer({ min: -2 * 86_400_000, max: 60 * 86_400_000 })
            .map((ms) => new Date(Date.now() + ms).toISOString());
        }
        const minLength = s.minLength ?? 0;
        const maxLength = Math.max(minLength, Math.min(s.maxLength ?? 24, minLength + 24));
        if (s.pattern && s.pattern.length < 120) {
          // A pattern that is one repeated class (`^[…]+$`) is drawn at the length the schema
          // wants: stringMatching draws short strings, and filtering them up to a minimum of
          // 32 characters never succeeds (the fuzz spun for ever on the seller-server secret).
          const repeated = /^\^(\[[^\]]+\])[+*]\$$/.exec(s.pattern);
          const pattern = repeated ? `^${repeated[1]}{${minLength},${maxLength}}$` : s.pattern;
          return fc.stringMatching(new RegExp(pattern)).filter((v) => v.length >= minLength && v.length <= maxLength);
        }
        return fc.string({ minLength, maxLength });
      }
      case 'integer':
        return fc.integer({
          min: Math.max(s.minimum ?? -1000, -1_000_000),
          max: Math.min(s.maximum ?? 1000, 1_000_000),
        });
      case 'number':
        return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true, noDefaultInfinity: true });
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const minLength = s.minItems ?? 0;
        const maxLength = Math.max(minLength, Math.min(s.maxItems ?? 3, 3));
        return fc.array(valid(s.items ?? {}, known, hint, full), { minLength, maxLength });
      }
      case 'object': {
        const props = s.properties ?? {};
        const record = fc.record(
          Object.fromEntries(Object.entries(props).map(([k, p]) => [k, valid(p, known, k, full)])),
          { requiredKeys: full ? Object.keys(props) : (s.required ?? []).filter((k) => k in props) },
        );
        const extra = s.additionalProperties;
        if (extra && typeof extra === 'object') {
          return fc
            .tuple(
              record,
              fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), valid(extra, known, hint, full), { maxKeys: 3 }),
            )
            .map(([r, d]) => ({ ...d, ...r }));
        }
        return record;
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  })();
  return s.nullable ? fc.oneof(base, fc.constant(null)) : base;
}

/** The schema's values mixed with everything a hostile caller would put in the same place. */
function hostile(s: Schema, known: Known, hint: string, depth = 0): fc.Arbitrary<unknown> {
  const t = typeOf(s);
  const structured =
    t === 'object' && s.properties && depth < 3
      ? fc
          .tuple(
            fc.record(
              Object.fromEntries(Object.entries(s.properties).map(([k, p]) => [k, hostile(p, known, k, depth + 1)])),
              { requiredKeys: [] },
            ),
            fc.option(fc.constantFrom('unknownField', '__proto__', 'constructor', 'id', 'sellerId', '\u0000'), {
              nil: undefined,
            }),
          )
          .map(([r, extra]) => (extra === undefined ? r : { ...r, [extra]: 'x' }))
      : t === 'array' && s.items && depth < 3
        ? fc.array(hostile(s.items, known, hint, depth + 1), { maxLength: 4 })
        : valid(s, known, hint);
  return fc.oneof(
    { weight: 6, arbitrary: structured },
    { weight: 2, arbitrary: valid(s, known, hint) },
    fc.string({ maxLength: 12 }).map((v) => `${v}\u0000${v}`),
    fc.constantFrom(...HUGE_NUMBERS),
    fc.constantFrom(...ODD_VALUES),
    fc.constantFrom(...BAD_IDS),
    fc.constant('x'.repeat((s.maxLength ?? 4096) + 1)),
    fc.constantFrom(...idsFor(known, hint)),
  );
}

/** Every string in a value, by its path; so each can carry a NUL in turn. */
function stringPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...at, k]));
  return [];
}
function withNul(value: unknown, at: (string | number)[]): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at.at(-1) as string | number;
  node[last] = `${String(node[last])}\u0000`;
  return copy;
}

function operations(doc: { paths: Record<string, Record<string, any>> }): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  // Reads first, then writes, then deletions and sign-out: a deleted pool or an ended session
  // early would leave the rest of the run knocking on closed doors.
  const rank = (o: Operation) =>
    o.path.endsWith('/logout') ? 4 : o.method === 'GET' ? 0 : o.method === 'DELETE' ? 3 : o.method === 'PATCH' ? 2 : 1;
  return ops.sort((a, b) => rank(a) - rank(b));
}

const enc = (v: unknown) => encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v));

function fillPath(op: Operation, values: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? 'missing');
}

function queryString(entries: [string, string][]): string {
  return entries.length ? `?${entries.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&')}` : '';
}

/** A refusal in the API's one error shape: `{ error: { code, message } }`. */
function errorShaped(text: string): boolean {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    return typeof body.error?.code === 'string' && typeof body.error.message === 'string';
  } catch {
    return false;
  }
}

function describeCall(op: Operation, call: Call): string {
  const body =
    call.body.kind === 'json'
      ? JSON.stringify(call.body.value)
      : call.body.kind === 'raw'
        ? `${call.body.contentType}: ${JSON.stringify(call.body.text)}`
        : call.body.kind === 'multipart'
          ? `multipart ${JSON.stringify({ fileName: call.body.fileName, csv: call.body.csv.slice(0, 60), ...call.body.fields })}`
          : '(none)';
  const short = (s: string) => (s.length > 400 ? `${s.slice(0, 400)}… (${s.length} chars)` : s);
  return `${op.method} ${short(call.path + call.query)} as ${call.caller.name}, body ${short(body)}`;
}

describe('the OpenAPI document, fuzzed', () => {
  let app: TestApp;
  let known: Known;
  let callers: Caller[];
  let seller: Caller;
  let buyer: Caller;

  beforeAll(async () => {
    app = await startTestApp();
    // Real rows, so that ids are sometimes valid: a seller with a pool bound to a listing,
    // a buyer with a paid request and an open one, another seller with a pool of their own.
    const shop = await shopWith(
      app,
      Array.from({ length: 8 }, () => ({ code: randomCode() })),
      { maxPerOrder: 5 },
    );
    const other = await shopWith(app, [{ code: randomCode() }]);
    const b = app.buyer('Fuzzy');
    const paid = await app.api('POST', '/requests', { auth: b.auth, body: { templateId: shop.templateId } });
    await app.pay(paid.body.id, paid.body.total);
    const open = await app.api('POST', '/requests', {
      auth: b.auth,
      body: { templateId: shop.templateId, quantity: 2 },
    });
    const items = await app.api('GET', `/pools/${shop.poolId}/items`, { auth: shop.seller.auth });
    const added = await app.api('POST', `/pools/${shop.poolId}/items`, {
      auth: shop.seller.auth,
      body: { items: [{ fields: { code: randomCode() }, cost: 5 }] },
    });
    // A spare token whose id the fuzz may revoke; the seller's own token stays usable.
    const spare = await createApiToken(withActor(app.deps, { type: 'seller', userId: shop.seller.user.id }), {
      name: 'spare',
    });
    const { sessionToken } = await consumeLoginToken(app.deps, {
      token: await createLoginToken(app.deps, { userId: shop.seller.user.id }),
    });
    known = {
      pool: [shop.poolId, other.poolId],
      template: [shop.templateId, other.templateId],
      request: [paid.body.id, open.body.id].filter(Boolean),
      item: (items.body?.items ?? []).map((i: { id: string }) => i.id).slice(0, 4),
      batch: [added.body.batchId].filter(Boolean),
      token: [spare.id],
      user: [shop.seller.user.id],
    };

    const valid = b.initData;
    const forged = valid.replace(/hash=([0-9a-f])/, (_, c: string) => `hash=${c === '0' ? '1' : '0'}`);
    seller = { name: 'seller (API token)', headers: { authorization: shop.seller.auth } };
    buyer = { name: 'buyer (Mini App)', headers: { authorization: b.auth } };
    callers = [
      seller,
      { name: 'seller (dashboard session)', headers: { cookie: `cp_session=${sessionToken}` } },
      buyer,
      { name: 'other seller', headers: { authorization: other.seller.auth } },
      { name: 'nobody', headers: {} },
      { name: 'forged init data', headers: { authorization: `tma ${forged}` } },
      {
        name: 'init data of another bot',
        headers: { authorization: app.buyer('x', { botToken: OTHER_BOT_TOKEN }).auth },
      },
      { name: 'padded init data', headers: { authorization: `tma ${valid}${'&'.repeat(4000)}` } },
      { name: 'init data with a second hash', headers: { authorization: `tma ${valid}&hash=${'0'.repeat(64)}` } },
      { name: 'bad bearer token', headers: { authorization: 'Bearer cp_not_a_real_token' } },
      { name: 'empty authorization', headers: { authorization: 'tma ' } },
      { name: 'unknown scheme', headers: { authorization: 'Basic YTpi' } },
      { name: 'malformed session cookie', headers: { cookie: 'cp_session=%E0%A4%A' } },
      { name: 'unknown session cookie', headers: { cookie: `cp_session=${'A'.repeat(43)}` } },
    ];
  });
  afterAll(() => app?.close());

  async function send(op: Operation, call: Call): Promise<{ status: number; text: string; type: string }> {
    const headers: Record<string, string> = { ...call.caller.headers };
    let body: string | FormData | undefined;
    // fetch sends no body with a GET (and a server ignores one).
    const kind = op.method === 'GET' ? 'none' : call.body.kind;
    if (kind === 'none') {
      // nothing to send
    } else if (call.body.kind === 'json') {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(call.body.value) ?? 'null';
    } else if (call.body.kind === 'raw') {
      headers['content-type'] = call.body.contentType;
      body = call.body.text;
    } else if (call.body.kind === 'multipart') {
      const form = new FormData();
      for (const [k, v] of Object.entries(call.body.fields)) form.append(k, v);
      form.append('file', new Blob([call.body.csv], { type: 'text/csv' }), call.body.fileName);
      body = form;
    }
    try {
      const res = await fetch(`${app.base}${call.path}${call.query}`, {
        method: op.method,
        headers,
        body,
        redirect: 'manual',
      });
      return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
    } catch (e) {
      return { status: 599, text: `no answer: ${(e as Error).message}`, type: '' };
    }
  }

  it('answers every operation, from every caller, with any input, without a 5xx', async () => {
    const started = Date.now();
    const doc = (await app.api('GET', '/openapi.json')).body;
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(30);
    const failures: string[] = [];
    const unshaped: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;

    const run = async (op: Operation, calls: Call[]) => {
      for (let i = 0; i < calls.length; i += CONCURRENCY) {
        await Promise.all(
          calls.slice(i, i + CONCURRENCY).map(async (call) => {
            const { status, text, type } = await send(op, call);
            sent++;
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (status >= 500) failures.push(`${status} ← ${describeCall(op, call)}\n      ${text.slice(0, 300)}`);
            // A page for a browser (the sign-in link) is the one refusal that is not JSON.
            else if (status >= 400 && !type.startsWith('text/html') && !errorShaped(text))
              unshaped.push(`${status} ← ${describeCall(op, call)}\n      ${text.slice(0, 200)}`);
          }),
        );
      }
    };

    for (const [index, op] of ops.entries()) {
      const seed = SEED + index;
      const pathParams = op.parameters.filter((p) => p.in === 'path');
      const queryParams = op.parameters.filter((p) => p.in === 'query');
      const hint = (name: string) => `${op.path.split(`{${name}}`)[0]?.split('/').filter(Boolean).at(-1) ?? ''}${name}`;

      // A plausible request: real ids, values inside the schema's bounds.
      const plausible = fc.record({
        path: fc.record(
          Object.fromEntries(pathParams.map((p) => [p.name, valid(p.schema, known, hint(p.name)).map(enc)])),
        ),
        query: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, valid(p.schema, known, p.name)])), {
          requiredKeys: [],
        }),
        body: op.body ? valid(op.body, known, '', true) : fc.constant(undefined),
      });
      const [canonical] = fc.sample(plausible, { seed, numRuns: 1 });
      if (!canonical) throw new Error('no sample');
      const canonicalCall = (caller: Caller, over: Partial<Call> = {}): Call => ({
        caller,
        path: fillPath(op, canonical.path as Record<string, string>),
        query: queryString(Object.entries(canonical.query).map(([k, v]) => [k, enc(v)])),
        body: op.body ? { kind: 'json', value: canonical.body } : { kind: 'none' },
        ...over,
      });

      // 1. Every caller, plausible input.
      const calls: Call[] = callers.map((c) => canonicalCall(c));

      // 2. A NUL in each string input in turn (body field, query parameter, path parameter),
      //    from the seller and from the buyer, so whichever one the route serves gets past auth.
      for (const caller of [seller, buyer]) {
        if (op.body) {
          for (const at of stringPaths(canonical.body)) {
            calls.push(canonicalCall(caller, { body: { kind: 'json', value: withNul(canonical.body, at) } }));
          }
        }
        for (const p of queryParams) {
          const query = { ...canonical.query, [p.name]: 'a\u0000b' };
          calls.push(canonicalCall(caller, { query: queryString(Object.entries(query).map(([k, v]) => [k, enc(v)])) }));
        }
        for (const p of pathParams) {
          calls.push(
            canonicalCall(caller, {
              path: fillPath(op, { ...canonical.path, [p.name]: '%00' } as Record<string, string>),
            }),
          );
        }
      }

      // 3. Drawn at random: any caller, hostile paths, queries and bodies.
      const pathValue = (p: Parameter) =>
        fc.oneof(
          { weight: 3, arbitrary: valid(p.schema, known, hint(p.name)).map(enc) },
          fc.constantFrom(...BAD_IDS).map(enc),
          fc.constantFrom(...RAW_PATH_VALUES),
        );
      const queryEntries = fc
        .tuple(
          ...queryParams.map((p) =>
            fc.option(
              fc.oneof(
                { weight: 3, arbitrary: hostile(p.schema, known, p.name).map((v) => [[p.name, enc(v)]]) },
                fc.constantFrom(...RAW_PATH_VALUES).map((v) => [[p.name, v]]),
                // A repeated key: a list where the schema expects one value.
                valid(p.schema, known, p.name).map((v) => [
                  [p.name, enc(v)],
                  [p.name, enc(v)],
                ]),
              ),
              { nil: [] as [string, string][] },
            ),
          ),
          fc.option(fc.constantFrom<[string, string]>(['unknown', '1'], ['cursor', '%E0%A4%A'], ['limit', '1e308']), {
            nil: undefined,
          }),
        )
        .map((parts) => {
          const extra = parts.pop() as [string, string] | undefined;
          const entries = (parts as [string, string][][]).flat();
          return queryString(extra ? [...entries, extra] : entries);
        });
      const body: fc.Arbitrary<Body> = fc.oneof(
        {
          weight: op.body ? 6 : 1,
          arbitrary: (op.body ? hostile(op.body, known, '') : fc.jsonValue({ maxDepth: 2 })).map(
            (value): Body => ({ kind: 'json', value }),
          ),
        },
        { weight: 1, arbitrary: fc.constant<Body>({ kind: 'none' }) },
        {
          weight: 2,
          arbitrary: fc
            .constantFrom(...MALFORMED_JSON)
            .map((text): Body => ({ kind: 'raw', contentType: 'application/json', text })),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom<Body>(
            { kind: 'raw', contentType: 'text/plain', text: 'hello' },
            { kind: 'raw', contentType: 'application/x-www-form-urlencoded', text: 'a=1&a=2&b[c]=3' },
            { kind: 'raw', contentType: 'application/json; charset=latin1', text: '{}' },
            { kind: 'raw', contentType: 'multipart/form-data; boundary=x', text: '--x\r\nbroken' },
          ),
        },
        {
          weight: op.body ? 1 : 2,
          arbitrary: fc
            .record({
              fileName: fc.constantFrom('codes.csv', 'a\u0000b.csv', '', '../../x.csv', 'x'.repeat(300)),
              csv: fc.constantFrom(...CSVS),
              separator: fc.constantFrom(',', ';', '\t', '\u0000', 'xx', ''),
              mapping: fc.constantFrom('{"0":"code"}', '{', '[]', '{"0":"\\u0000"}', '{"\u0000":"code"}', 'null'),
              strict: fc.constantFrom('true', 'false', '1e308', '\u0000'),
            })
            .chain((r) =>
              fc.subarray(['separator', 'mapping', 'strict'] as const).map(
                (keep): Body => ({
                  kind: 'multipart',
                  fileName: r.fileName,
                  csv: r.csv,
                  fields: Object.fromEntries(keep.map((k) => [k, r[k]])),
                }),
              ),
            ),
        },
      );
      const random = fc.record({
        caller: fc.constantFrom(...callers),
        path: fc
          .record(Object.fromEntries(pathParams.map((p) => [p.name, pathValue(p)])))
          .map((values) => fillPath(op, values as Record<string, string>)),
        query: queryEntries,
        body,
      });
      // And plausible requests from the callers that get past auth, with varied valid values:
      // these are the ones that reach the operations' own checks and the database.
      const legit = fc
        .record({
          caller: fc.constantFrom(callers[0] as Caller, callers[1] as Caller, callers[2] as Caller),
          input: plausible,
        })
        .map(
          ({ caller, input }): Call => ({
            caller,
            path: fillPath(op, input.path as Record<string, string>),
            query: queryString(Object.entries(input.query).map(([k, v]) => [k, enc(v)])),
            body: op.body ? { kind: 'json', value: input.body } : { kind: 'none' },
          }),
        );
      calls.push(
        ...fc.sample(fc.oneof({ weight: 3, arbitrary: random }, { weight: 1, arbitrary: legit }), {
          seed,
          numRuns: RANDOM_RUNS,
        }),
      );

      await run(op, calls);
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const summary = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    console.log(
      `fuzz: ${sent} requests over ${ops.length} operations in ${seconds} s (seed ${SEED}): ${summary.join(' ')}`,
    );
    expect(failures, `5xx answers (seed ${SEED}):\n  ${failures.join('\n  ')}`).toEqual([]);
    expect(unshaped, `4xx answers outside { error: { code, message } }:\n  ${unshaped.join('\n  ')}`).toEqual([]);
    // The fuzz must get past authentication and validation, not only bounce off them.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(100);
    // Bounded by its request count (a few seconds when the machine is idle); the margin is for a busy one.
  }, 240_000);
});
