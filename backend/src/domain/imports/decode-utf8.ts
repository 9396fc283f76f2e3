import { isUtf8 } from 'node:buffer';
import { ValidationError } from '../errors.ts';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const NEWLINE = 0x0a;
const CR = 0x0d;
/** A line this long is not a code list; refusing it keeps a file without newlines from filling memory. */
export const MAX_LINE_BYTES = 1024 * 1024;

function countNewlines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(NEWLINE); i >= 0; i = buf.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

function invalidAt(part: Buffer, firstLine: number): ValidationError {
  let line = firstLine;
  let start = 0;
  while (start < part.length) {
    const nl = part.indexOf(NEWLINE, start);
    const end = nl < 0 ? part.length : nl + 1;
    if (!isUtf8(part.subarray(start, end))) break;
    line++;
    start = end;
  }
  return new ValidationError(`the file is not valid UTF-8 (line ${line}); save it as UTF-8 and upload it again`, {
    line,
  });
}

/** CRLF → LF. A part always ends after a newline, so a CRLF is never split between two parts. */
function dropCarriageReturns(part: Buffer): Buffer {
  let cr = part.indexOf(CR);
  if (cr < 0) return part;
  const out = Buffer.allocUnsafe(part.length);
  let length = 0;
  let from = 0;
  for (; cr >= 0; cr = part.indexOf(CR, cr + 1)) {
    if (part[cr + 1] !== NEWLINE) continue;
    length += part.copy(out, length, from, cr);
    from = cr + 1;
  }
  length += part.copy(out, length, from);
  return out.subarray(0, length);
}

/**
 * Checked UTF-8 bytes, in whole lines: a chunk is cut after its last newline (a newline byte
 * never occurs inside a UTF-8 sequence), so each part is checked on its own and a bad byte
 * is reported with its line. Drops a leading BOM and folds CRLF to LF, so the parser and its
 * line numbers see one line ending. The parser gets bytes, not strings: it decodes each
 * field once, instead of every chunk being decoded here and encoded again there.
 */
export async function* decodeUtf8(
  input: AsyncIterable<Uint8Array | string>,
  onBytes: (bytes: number) => void = () => undefined,
): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  let atStart = true;
  let line = 1;
  const emit = (part: Buffer): Buffer => {
    if (!isUtf8(part)) throw invalidAt(part, line);
    line += countNewlines(part);
    return dropCarriageReturns(part);
  };
  for await (const chunk of input) {
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    onBytes(bytes.length);
    let buf = carry.length > 0 ? Buffer.concat([carry, bytes]) : bytes;
    if (atStart) {
      if (buf.length < BOM.length && BOM.subarray(0, buf.length).equals(buf)) {
        carry = buf;
        continue;
      }
      if (buf.subarray(0, BOM.length).equals(BOM)) buf = buf.subarray(BOM.length);
      atStart = false;
    }
    const cut = buf.lastIndexOf(NEWLINE) + 1;
    if (cut === 0) {
      if (buf.length > MAX_LINE_BYTES) {
        throw new ValidationError(`line ${line} is longer than ${MAX_LINE_BYTES} bytes; is this a CSV file?`, { line });
      }
      carry = buf;
      continue;
    }
    // Copy the remainder: a view would keep the whole chunk alive.
    carry = Buffer.from(buf.subarray(cut));
    yield emit(buf.subarray(0, cut));
  }
  if (carry.length > 0) yield emit(carry);
}
