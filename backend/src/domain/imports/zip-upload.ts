import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { PayloadTooLargeError, ServiceError, ValidationError } from '../errors.ts';
import type { FileImportLimits } from './file-import-limits.ts';

/** A ZIP entry this big (expanded) may not be compressed more than RATIO_MAX:1. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
const RATIO_MAX = 100;
/** Longest entry path, in bytes. */
const MAX_PATH_BYTES = 255;
const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** Bytes read of each entry to tell a nested archive. */
const HEAD_BYTES = 4;

export type ZipItem = { path: string; entry: Entry; size: number };

/** A ZIP whose central directory passed every check; entries are read one at a time from the file on disk. */
export type CheckedZip = {
  items: ZipItem[];
  /** The text-fields CSV (items.csv, or the one CSV at the root with a `file` column). */
  csv: ZipItem | null;
  expandedBytes: number;
  /** The entry's bytes, bounded by what its header declared (a lying header is refused). */
  read(item: ZipItem): AsyncGenerator<Buffer>;
  close(): void;
};

/** What the seller sees of an entry's name in a message: no control characters, not too long. */
export const shown = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 120);

function refuse(zipName: string, message: string, details: Record<string, unknown> = {}): ValidationError {
  return new ValidationError(`${zipName}: ${message}; nothing was imported`, { zip: zipName, ...details });
}

function unsafePath(raw: Buffer, name: string): boolean {
  if (raw.length > MAX_PATH_BYTES) return true;
  if (name.includes('\\') || name.includes('\u0000')) return true;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return true;
  return name.split('/').some((s) => s === '..');
}

const skipped = (name: string) =>
  name.endsWith('/') || name.split('/').includes('__MACOSX') || name.split('/').at(-1) === '.DS_Store';

const isSymlink = (e: Entry) =>
  e.versionMadeBy >> 8 === UNIX && ((e.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;

const looksZip = (head: Buffer) =>
  head.length >= 4 &&
  head[0] === 0x50 &&
  head[1] === 0x4b &&
  [3, 5, 7].includes(head[2] ?? 0) &&
  head[3] === (head[2] ?? 0) + 1;

function openStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return zip.openReadStreamPromise(entry);
}

/**
 * Opens a ZIP from disk and checks all of its central directory before anything is written:
 * entry count, each entry's and the total expanded size, the compression ratio, paths,
 * encryption, symlinks, and (from their first bytes) archives inside the archive. Directories,
 * `__MACOSX/` and `.DS_Store` are skipped. `counted` is what earlier parts of the same upload
 * already hold, so the limits are the upload's. Refusals are 422 (413 for an entry over the
 * per-file limit), naming the entry.
 */
export async function checkZip(
  path: string,
  zipName: string,
  limits: FileImportLimits,
  counted: { files: number; bytes: number },
): Promise<CheckedZip> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, {
      lazyEntries: true,
      decodeStrings: false,
      validateEntrySizes: true,
      autoClose: false,
    });
  } catch {
    throw refuse(zipName, 'not a ZIP this server can read');
  }
  try {
    const items: ZipItem[] = [];
    const csvs: ZipItem[] = [];
    let files = counted.files;
    let bytes = counted.bytes;
    let expandedBytes = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        const raw = entry.fileNameRaw;
        const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
        if (unsafePath(raw, name)) throw refuse(zipName, `"${shown(name)}" has an unsafe path`, { entry: shown(name) });
        if (skipped(name)) continue;
        const at = `"${shown(name)}"`;
        if (isSymlink(entry)) throw refuse(zipName, `${at} is a symbolic link`, { entry: shown(name) });
        if (entry.isEncrypted()) throw refuse(zipName, `${at} is encrypted`, { entry: shown(name) });
        if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
          throw refuse(zipName, `${at} uses a compression method this server does not read`, { entry: shown(name) });
        if (++files > limits.importMaxFiles)
          throw refuse(zipName, `more than ${limits.importMaxFiles} files in one upload`, {
            maxFiles: limits.importMaxFiles,
          });
        const size = entry.uncompressedSize;
        if (size > limits.maxBytes)
          throw new PayloadTooLargeError(
            `${zipName}: ${at} is larger than ${limits.maxBytes} bytes; nothing was imported`,
            {
              zip: zipName,
              entry: shown(name),
              maxBytes: limits.maxBytes,
            },
          );
        if (size > RATIO_FLOOR_BYTES && size > RATIO_MAX * entry.compressedSize)
          throw refuse(zipName, `${at} expands more than ${RATIO_MAX} times (a ZIP bomb?)`, { entry: shown(name) });
        bytes += size;
        expandedBytes += size;
        if (bytes > limits.importMaxBytes)
          throw refuse(zipName, `the files expand to more than ${limits.importMaxBytes} bytes in all`, {
            maxBytes: limits.importMaxBytes,
          });
        const item = { path: name, entry, size };
        if (!name.includes('/') && name.toLowerCase().endsWith('.csv')) csvs.push(item);
        else items.push(item);
      }
    } catch (e) {
      if (e instanceof ServiceError) throw e;
      throw refuse(zipName, 'its directory could not be read');
    }

    // Entries may share their compressed bytes (overlapping entries: each looks modest, the
    // archive expands a thousandfold), so the archive as a whole is held to the ratio too.
    if (expandedBytes > RATIO_FLOOR_BYTES && expandedBytes > RATIO_MAX * zip.fileSize)
      throw refuse(zipName, `it expands more than ${RATIO_MAX} times its size (a ZIP bomb?)`, { expandedBytes });

    const read = (item: ZipItem) => readEntry(zip, zipName, item);
    const csv = await chooseCsv(csvs, read);
    items.push(...csvs.filter((c) => c !== csv));
    for (const item of items) {
      const head = await firstBytes(read(item));
      if (looksZip(head) || item.path.toLowerCase().endsWith('.zip'))
        throw refuse(zipName, `"${shown(item.path)}" is itself an archive; send the files inside it`, {
          entry: shown(item.path),
        });
    }
    return { items, csv, expandedBytes, read, close: () => zip.close() };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/** `items.csv` at the root; or else the one CSV at the root, if it names files (a `file` column). */
async function chooseCsv(csvs: ZipItem[], read: (item: ZipItem) => AsyncGenerator<Buffer>): Promise<ZipItem | null> {
  const named = csvs.find((c) => c.path.toLowerCase() === 'items.csv');
  if (named) return named;
  const [only] = csvs;
  if (!only || csvs.length > 1) return null;
  const head = (await firstBytes(read(only), 4096)).toString('utf8');
  const header = (head.split(/\r?\n/)[0] ?? '').toLowerCase();
  return header.split(/[,;\t]/).some((c) => c.trim().replace(/^"|"$/g, '') === 'file') ? only : null;
}

async function firstBytes(body: AsyncGenerator<Buffer>, n = HEAD_BYTES): Promise<Buffer> {
  const parts: Buffer[] = [];
  let have = 0;
  try {
    for await (const chunk of body) {
      parts.push(chunk);
      have += chunk.length;
      if (have >= n) break;
    }
  } finally {
    await body.return(undefined);
  }
  return Buffer.concat(parts).subarray(0, n);
}

/**
 * An entry's inflated bytes, counted as they come: more than the header declared (a lying
 * header), fewer, or a corrupt stream refuse the upload (the caller's transaction rolls back).
 */
async function* readEntry(zip: ZipFile, zipName: string, item: ZipItem): AsyncGenerator<Buffer> {
  const at = `"${shown(item.path)}"`;
  let stream: Readable;
  try {
    stream = await openStream(zip, item.entry);
  } catch {
    throw refuse(zipName, `${at} could not be read`, { entry: shown(item.path) });
  }
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > item.size)
        throw refuse(zipName, `${at} expands past the size its header declares (a ZIP bomb?)`, {
          entry: shown(item.path),
        });
      yield chunk;
    }
  } catch (e) {
    if (e instanceof ServiceError) throw e;
    const lying = e instanceof Error && /too many bytes/.test(e.message);
    throw refuse(
      zipName,
      lying ? `${at} expands past the size its header declares (a ZIP bomb?)` : `${at} is corrupt`,
      {
        entry: shown(item.path),
      },
    );
  } finally {
    stream.destroy();
  }
}
