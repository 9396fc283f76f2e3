import { Readable } from 'node:stream';
import type { ImportSeparator } from '@codepool/shared';
import { CsvError, parse } from 'csv-parse';
import { ValidationError } from '../errors.ts';
import { decodeUtf8 } from './decode-utf8.ts';
import { sniffSeparator } from './sniff-separator.ts';

/** One parsed record and the line it starts on (a quoted field may span lines). */
export type CsvRecord = { line: number; cells: string[] };

export type CsvReader = { separator: ImportSeparator; records: AsyncGenerator<CsvRecord> };

const HEAD_BYTES = 64 * 1024;
const HEAD_LINES = 20;
/** A record larger than this is a quote left open, not a code. */
const MAX_RECORD_BYTES = 256 * 1024;

function csvFailure(e: CsvError): ValidationError {
  const line = typeof e.lines === 'number' ? e.lines : undefined;
  const why = e.message.split(':')[0] ?? 'malformed CSV';
  return new ValidationError(`the file is not valid CSV${line ? ` at line ${line}` : ''}: ${why}`, { line });
}

/**
 * Opens a CSV byte stream: decodes it (see decodeUtf8), reads enough of the start to sniff
 * the separator unless one is given, then parses record by record. Nothing but the head and
 * the parser's current record is held, whatever the file's size.
 */
export async function readCsv(
  input: AsyncIterable<Uint8Array | string>,
  { separator, onBytes }: { separator?: ImportSeparator | undefined; onBytes?: (bytes: number) => void },
): Promise<CsvReader> {
  const chunks = decodeUtf8(input, onBytes);
  const head: Buffer[] = [];
  let headLength = 0;
  let headLines = 0;
  while (headLength < HEAD_BYTES && headLines < HEAD_LINES) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    headLength += next.value.length;
    for (let i = next.value.indexOf(0x0a); i >= 0; i = next.value.indexOf(0x0a, i + 1)) headLines++;
  }
  const chosen = separator ?? sniffSeparator(Buffer.concat(head).toString('utf8'));

  async function* all(): AsyncGenerator<Buffer> {
    yield* head;
    yield* chunks;
  }

  async function* records(): AsyncGenerator<CsvRecord> {
    const source = Readable.from(all(), { objectMode: false });
    const parser = parse({
      delimiter: chosen,
      record_delimiter: '\n',
      relax_column_count: true,
      // A quote inside an unquoted value (AB"CD) is part of the value.
      relax_quotes: true,
      trim: true,
      skip_empty_lines: false,
      max_record_size: MAX_RECORD_BYTES,
    });
    source.once('error', (e) => parser.destroy(e));
    source.pipe(parser);
    // Line numbers are counted here rather than asking the parser for an info object per
    // record: a record spans one line plus the newlines inside its quoted cells, and with
    // empty lines kept as records, the next one starts right after it.
    let line = 1;
    try {
      for await (const cells of parser as AsyncIterable<string[]>) {
        yield { line, cells };
        line++;
        for (const cell of cells) {
          for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) line++;
        }
      }
    } catch (e) {
      throw e instanceof CsvError ? csvFailure(e) : e;
    } finally {
      source.destroy();
      parser.destroy();
    }
  }

  return { separator: chosen, records: records() };
}
