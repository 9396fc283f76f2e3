import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { PoolRow } from '../../db/schema/index.ts';
import { PayloadTooLargeError, ValidationError } from '../errors.ts';
import type { FileImportLimits } from './file-import-limits.ts';
import { readZipTexts } from './read-zip-texts.ts';
import { type CheckedZip, checkZip, shown } from './zip-upload.ts';

/** One file of an upload, spooled to disk. */
export type UploadedFile = { path: string; name: string; size: number };

/** One item to come of an upload: a loose file or a ZIP entry, in upload order. */
export type PlannedItem = {
  name: string;
  /** How the report names it: the file, or the entry and its ZIP. */
  label: string;
  size: number;
  /** The ZIP it comes from, if any. */
  zip: string | null;
  fields: Record<string, string>;
  open(): AsyncIterable<Buffer> | Readable;
};

export type UploadPlan = {
  items: PlannedItem[];
  /** CSV rows that name no file: reported as rejected lines. */
  orphans: { line: number; reason: string }[];
  totalBytes: number;
  close(): void;
};

/** Whether a file on disk starts like a ZIP (PK\3\4, or PK\5\6 for an empty one). */
export async function isZipFile(path: string): Promise<boolean> {
  const handle = await fs.open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5);
  } finally {
    await handle.close();
  }
}

/**
 * Everything an upload will import, decided before anything is written: loose files and every
 * ZIP's entries (unpacked unless `unpack` is false) against the upload's limits — files,
 * bytes, each file's size — and each ZIP's CSV of text fields read. Nothing here touches the
 * database; a refusal is the whole upload's.
 */
export async function planUpload(
  files: UploadedFile[],
  { unpack, limits, pool }: { unpack: boolean; limits: FileImportLimits; pool: PoolRow },
): Promise<UploadPlan> {
  const zips: CheckedZip[] = [];
  const close = () => {
    for (const z of zips) z.close();
  };
  try {
    const items: PlannedItem[] = [];
    const orphans: UploadPlan['orphans'] = [];
    let totalBytes = 0;
    for (const file of files) {
      const name = shown(file.name);
      if (unpack && (await isZipFile(file.path))) {
        const zip = await checkZip(file.path, name, limits, { files: items.length, bytes: totalBytes });
        zips.push(zip);
        const texts = zip.csv
          ? await readZipTexts(zip.read(zip.csv), { csvName: zip.csv.path, items: zip.items, fields: pool.fields })
          : null;
        for (const entry of zip.items) {
          items.push({
            name: entry.path.split('/').at(-1) ?? entry.path,
            label: `"${shown(entry.path)}" in ${name}`,
            size: entry.size,
            zip: name,
            fields: texts?.fields.get(entry.path) ?? {},
            open: () => zip.read(entry),
          });
        }
        if (texts) orphans.push(...texts.orphans);
        totalBytes += zip.expandedBytes;
        continue;
      }
      if (items.length + 1 > limits.importMaxFiles)
        throw new ValidationError(`more than ${limits.importMaxFiles} files in one upload; nothing was imported`, {
          maxFiles: limits.importMaxFiles,
        });
      if (file.size > limits.maxBytes)
        throw new PayloadTooLargeError(`"${name}" is larger than ${limits.maxBytes} bytes; nothing was imported`, {
          name,
          maxBytes: limits.maxBytes,
        });
      totalBytes += file.size;
      if (totalBytes > limits.importMaxBytes)
        throw new PayloadTooLargeError(
          `the files are more than ${limits.importMaxBytes} bytes in all; nothing was imported`,
          {
            maxBytes: limits.importMaxBytes,
          },
        );
      items.push({
        name: file.name,
        label: `"${name}"`,
        size: file.size,
        zip: null,
        fields: {},
        open: () => createReadStream(file.path, { highWaterMark: 256 * 1024 }),
      });
    }
    return { items, orphans, totalBytes, close };
  } catch (e) {
    close();
    throw e;
  }
}
