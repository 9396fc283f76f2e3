import { randomFillSync } from 'node:crypto';

const BLOCK = 16 * 1024;
let block = Buffer.alloc(0);
let offset = 0;

/**
 * `n` bytes from the operating system's CSPRNG, drawn 16 KB at a time: an import of a
 * million codes needs two million small random values (an id and an IV each), and one
 * system call per value cost more than the encryption. Each byte is handed out once; a
 * returned view stays valid (a new block is a new buffer), so callers may keep it.
 */
export function randomBytesPooled(n: number): Buffer {
  if (n > BLOCK) return randomFillSync(Buffer.allocUnsafe(n));
  if (offset + n > block.length) {
    block = randomFillSync(Buffer.allocUnsafe(BLOCK));
    offset = 0;
  }
  const out = block.subarray(offset, offset + n);
  offset += n;
  return out;
}
