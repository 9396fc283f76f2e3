import { isUtf8 } from 'node:buffer';
import { turnTaker } from '../../lib/event-loop-turn.ts';
import { ValidationError } from '../errors.ts';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const NEWLINE = 0x0a;
const CR = 0x0d;
/** A line this long is not a code list: refused, however it is cut into parts. */
export const MAX_LINE_BYTES = 1024 * 1024;
/** The most bytes the parser is handed at once. */
const PART_BYTES = 16 * 1024;
/** Reading gives way to the event loop (other requests, timers) at least this often. */
const TURN_MS = 10;

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

/** CRLF → LF. A part never ends between a CR and its LF (see safeEnd). */
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
 * Where a part of `buf[start, end)` may end: not inside a UTF-8 sequence (a sequence is
 * whole or held back for the next part) and not between a CR and the LF that may follow.
 */
function safeEnd(buf: Buffer, start: number, end: number): number {
  let lead = end - 1;
  while (lead > start && lead > end - 4 && ((buf[lead] as number) & 0xc0) === 0x80) lead--;
  const b = buf[lead] as number;
  const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  let cut = lead >= start && lead + length > end ? lead : end;
  if (cut > start && buf[cut - 1] === CR) cut--;
  return cut;
}

/**
 * Checked UTF-8 bytes in parts of at most PART_BYTES, each cut between whole characters, so
 * each part is checked on its own and a bad byte is reported with its line. Drops a leading
 * BOM and folds CRLF to LF, so the parser and its line numbers see one line ending. The
 * parser gets bytes, not strings: it decodes each field once, instead of every chunk being
 * decoded here and encoded again there.
 *
 * The parser takes a part in one synchronous go, so the part size bounds how long one part
 * holds the event loop whatever the bytes are (one 1 MB line of separators is a million
 * cells); and at least every TURN_MS the stream waits for a turn of the event loop, so
 * input that is already all in memory (a pasted text, a test's buffer) cannot hold it either.
 */
export async function* decodeUtf8(
  input: AsyncIterable<Uint8Array | string>,
  onBytes: (bytes: number) => void = () => undefined,
): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  let atStart = true;
  let line = 1;
  /** Bytes of the line being read, since its start. */
  let lineBytes = 0;
  const turn = turnTaker(TURN_MS);
  const tooLong = (at: number) =>
    new ValidationError(`line ${at} is longer than ${MAX_LINE_BYTES} bytes; is this a CSV file?`, { line: at });
  const emit = (part: Buffer): Buffer => {
    if (!isUtf8(part)) throw invalidAt(part, line);
    const first = part.indexOf(NEWLINE);
    if (first < 0) lineBytes += part.length;
    else {
      if (lineBytes + first > MAX_LINE_BYTES) throw tooLong(line);
      line += countNewlines(part);
      lineBytes = part.length - part.lastIndexOf(NEWLINE) - 1;
    }
    if (lineBytes > MAX_LINE_BYTES) throw tooLong(line);
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
    let start = 0;
    while (start < buf.length) {
      const end = safeEnd(buf, start, Math.min(buf.length, start + PART_BYTES));
      // Only the chunk's last few bytes can be held back whole: they wait for the next chunk.
      if (end === start) break;
      await turn();
      yield emit(buf.subarray(start, end));
      start = end;
    }
    // Copy the remainder (at most a character and a CR): a view would keep the chunk alive.
    carry = Buffer.from(buf.subarray(start));
  }
  if (carry.length > 0) yield emit(carry);
}
