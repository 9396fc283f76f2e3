import type { IncomingMessage } from 'node:http';
import { ServiceError } from '../domain/errors.ts';

/** No request body of ours nests deeper than a few levels; the bound leaves room for any of them. */
export const MAX_JSON_DEPTH = 32;
/** No object in a request body of ours has more than a dozen keys (records of fields, mappings). */
export const MAX_JSON_KEYS = 1000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

/**
 * What makes JSON text too costly to parse and validate, by one pass over its bytes (what is
 * inside strings does not count), or null. `JSON.parse` is linear, but a 2 MB body of `[[[[…`
 * costs it thirty times a flat one and leaves a structure a million deep for whatever walks
 * it next; an object of 100,000 keys costs the schema a parse per key before any limit on
 * them can say no.
 */
export function jsonShapeProblem(body: Uint8Array): string | null {
  let depth = 0;
  // Per open level: -1 for an array, else the keys the object has so far.
  const keys = new Int32Array(MAX_JSON_DEPTH + 1);
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    if (b === QUOTE) {
      for (i++; i < body.length && body[i] !== QUOTE; i++) if (body[i] === BACKSLASH) i++;
    } else if (b === 0x5b || b === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return `the body nests deeper than ${MAX_JSON_DEPTH} levels`;
      keys[depth] = b === 0x5b ? -1 : 0;
    } else if (b === 0x5d || b === 0x7d) {
      if (depth > 0) depth--;
    } else if (b === COLON && depth > 0 && keys[depth] !== -1) {
      const count = (keys[depth] as number) + 1;
      if (count > MAX_JSON_KEYS) return `an object in the body has more than ${MAX_JSON_KEYS} keys`;
      keys[depth] = count;
    }
  }
  return null;
}

/** The `verify` hook of `express.json`: refuses a body of a costly shape before it is parsed. */
export function refuseCostlyJson(_req: IncomingMessage, _res: unknown, body: Buffer) {
  const problem = jsonShapeProblem(body);
  if (problem) throw new ServiceError('invalid_json', problem);
}
