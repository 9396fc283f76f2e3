import { randomBytes } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import yazl from 'yazl';

// Real bytes of each type, as far as sniffing from the first bytes goes: a valid header, then a body.
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const png = (bytes = 5000) => Buffer.concat([PNG_MAGIC, randomBytes(bytes - PNG_MAGIC.length)]);
export const jpeg = (bytes = 5000) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(bytes - 4)]);
export const pdf = (bytes = 5000, body?: Buffer) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), body ?? randomBytes(bytes - 9)]);

export type ZipEntry = { name: string; data: Buffer; compress?: boolean; mode?: number };

/** A ZIP built by yazl (a well-kept writer), each entry deflated unless said. */
export async function zipOf(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries)
    zip.addBuffer(e.data, e.name, { compress: e.compress ?? true, ...(e.mode ? { mode: e.mode } : {}) });
  zip.end();
  return buffer(zip.outputStream as NodeJS.ReadableStream & AsyncIterable<Buffer>);
}

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Each header of an entry (local and central), for tests that forge what a writer would not write. */
function headers(zip: Buffer, name: string): { local: number[]; central: number[] } {
  const found = { local: [] as number[], central: [] as number[] };
  for (let at = 0; at + 46 < zip.length; at++) {
    const sig = zip.readUInt32LE(at);
    if (sig === CENTRAL) {
      const n = zip.readUInt16LE(at + 28);
      if (zip.subarray(at + 46, at + 46 + n).toString('latin1') === name) found.central.push(at);
    } else if (sig === LOCAL) {
      const n = zip.readUInt16LE(at + 26);
      if (zip.subarray(at + 30, at + 30 + n).toString('latin1') === name) found.local.push(at);
    }
  }
  return found;
}

/** Renames an entry in place (same length): how a `../evil.pdf` gets past a writer that refuses it. */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('same length only');
  const out = Buffer.from(zip);
  const { local, central } = headers(out, from);
  for (const at of local) out.write(to, at + 30, 'latin1');
  for (const at of central) out.write(to, at + 46, 'latin1');
  return out;
}

/** Makes the central directory claim a smaller expanded size than the entry inflates to. */
export function lieAboutSize(zip: Buffer, name: string, declared: number): Buffer {
  const out = Buffer.from(zip);
  const { local, central } = headers(out, name);
  for (const at of central) out.writeUInt32LE(declared, at + 24);
  for (const at of local) out.writeUInt32LE(declared, at + 22);
  return out;
}

/** Sets the "encrypted" bit of an entry's flags. */
export function markEncrypted(zip: Buffer, name: string): Buffer {
  const out = Buffer.from(zip);
  const { local, central } = headers(out, name);
  for (const at of central) out.writeUInt16LE(out.readUInt16LE(at + 8) | 1, at + 8);
  for (const at of local) out.writeUInt16LE(out.readUInt16LE(at + 6) | 1, at + 6);
  return out;
}
