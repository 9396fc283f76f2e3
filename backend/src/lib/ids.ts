import { randomBytesPooled } from './random-bytes.ts';

let lastMs = 0;
let seq = 0;

/**
 * UUID version 7: time-ordered, so rows sort by creation and an id doubles as a
 * pagination cursor, while staying unguessable in its random part. Within one
 * millisecond a 12-bit counter keeps ids from this process in creation order.
 */
export function uuidv7(now = Date.now()): string {
  let ms = Math.max(now, lastMs);
  if (ms === lastMs) {
    seq++;
    if (seq > 0xfff) {
      ms++;
      seq = 0;
    }
  } else {
    seq = randomBytesPooled(1)[0] ?? 0;
  }
  lastMs = ms;
  const bytes = Buffer.from(randomBytesPooled(16));
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (seq >> 8);
  bytes[7] = seq & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
