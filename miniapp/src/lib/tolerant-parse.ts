import type { z } from 'zod';

export type TolerantResult<T> = { ok: true; data: T; repaired: string[] } | { ok: false; problems: string[] };

type Container = Record<string | number, unknown>;

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (!isContainer(cur)) return undefined;
    cur = cur[key as string];
  }
  return cur;
}

function setAt(root: unknown, path: PropertyKey[], value: unknown): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!isContainer(parent) || last === undefined || typeof last === 'symbol') return false;
  parent[last] = value;
  return true;
}

const EMPTY_OF: Record<string, unknown> = { string: '', number: 0, boolean: false, array: [] };

/**
 * Parses an API answer with its shared schema, forgiving one thing: a field the server did
 * not send. A client and a server deployed a version apart differ exactly like that, and a
 * screen should still render. A missing field is read as null where the schema allows it,
 * else as an empty value of its type; a field that is present with a wrong value is never
 * rewritten, and anything else the schema refuses is reported.
 */
export function tolerantParse<S extends z.ZodType>(schema: S, input: unknown): TolerantResult<z.output<S>> {
  const first = schema.safeParse(input);
  if (first.success) return { ok: true, data: first.data, repaired: [] };

  const data: unknown = structuredClone(input);
  const filled = new Map<string, PropertyKey[]>();
  let issues = first.error.issues;
  // Two rounds: a missing field becomes null (or [] for a list); where null is refused,
  // the second round gives it the empty value of its type.
  for (let round = 0; round < 2; round += 1) {
    let changed = false;
    for (const issue of issues) {
      if (issue.code !== 'invalid_type') continue;
      const key = issue.path.map(String).join('.');
      const current = valueAt(data, issue.path);
      const expected = String(issue.expected);
      if (current === undefined && !filled.has(key)) {
        if (setAt(data, issue.path, expected === 'array' ? [] : null)) {
          filled.set(key, issue.path);
          changed = true;
        }
      } else if (current === null && filled.has(key) && expected in EMPTY_OF) {
        changed = setAt(data, issue.path, structuredClone(EMPTY_OF[expected])) || changed;
      }
    }
    if (!changed) break;
    const again = schema.safeParse(data);
    if (again.success) return { ok: true, data: again.data, repaired: [...filled.keys()] };
    issues = again.error.issues;
  }
  return { ok: false, problems: issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`) };
}
