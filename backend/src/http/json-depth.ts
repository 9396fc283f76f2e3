import type { IncomingMessage } from 'node:http';
import { ServiceError } from '../domain/errors.ts';

/** No request body of ours nests deeper than a few levels; the bound leaves room for any of them. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text nests arrays and objects deeper than `max`, by one pass over its bytes
 * (brackets inside strings do not count). `JSON.parse` is linear too, but a 2 MB body of
 * `[[[[…` costs it thirty times a flat one, and every deep structure is a stack-depth risk
 * to whatever walks it next.
 */
export function nestsDeeperThan(body: Uint8Array, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    if (b === 0x22) {
      // Skip the string: to its closing quote, past escaped ones.
      for (i++; i < body.length && body[i] !== 0x22; i++) if (body[i] === 0x5c) i++;
    } else if (b === 0x5b || b === 0x7b) {
      if (++depth > max) return true;
    } else if (b === 0x5d || b === 0x7d) depth--;
  }
  return false;
}

/** The `verify` hook of `express.json`: refuses a body nested too deep before it is parsed. */
export function refuseDeepJson(_req: IncomingMessage, _res: unknown, body: Buffer) {
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
    throw new ServiceError('invalid_json', `the body nests deeper than ${MAX_JSON_DEPTH} levels`);
  }
}
