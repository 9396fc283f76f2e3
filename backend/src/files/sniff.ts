import type { FileContentType } from '@codepool/shared';

/** Bytes read before deciding what a file is. */
export const SNIFF_BYTES = 4096;

const starts = (head: Buffer, bytes: number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * What the bytes are, from their magic numbers; never from a name or a header. `text/plain` is
 * only a candidate here: the whole content must then pass {@link TextCheck}.
 */
export function sniffContentType(head: Buffer): FileContentType | null {
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(head, ascii('GIF87a')) || starts(head, ascii('GIF89a'))) return 'image/gif';
  if (starts(head, ascii('RIFF')) && starts(head, ascii('WEBP'), 8)) return 'image/webp';
  if (starts(head, ascii('%PDF-'))) return 'application/pdf';
  if (starts(head, [0x50, 0x4b, 0x03, 0x04]) || starts(head, [0x50, 0x4b, 0x05, 0x06])) return 'application/zip';
  if (head.length > 0 && new TextCheck().push(head)) return 'text/plain';
  return null;
}

// C0 controls other than tab, line feed, form feed and carriage return; and DEL.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/**
 * Whether a stream of bytes is text: valid UTF-8 throughout, no NUL or other control
 * characters. Fed chunk by chunk (a character may straddle two chunks).
 */
export class TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  /** False once the bytes are not text (a character cut at the end of this piece waits for the next). */
  push(bytes: Buffer): boolean {
    try {
      return !CONTROL.test(this.decoder.decode(bytes, { stream: true }));
    } catch {
      return false;
    }
  }

  /** At the end: no character left unfinished. */
  end(): boolean {
    try {
      this.decoder.decode();
      return true;
    } catch {
      return false;
    }
  }
}

/** The usual extension of each type, for a file name that has none. */
export const EXTENSION_OF: Record<FileContentType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'application/zip': 'zip',
};

/** Short label for previews: PNG, JPEG, PDF… */
export function typeLabel(type: FileContentType): string {
  return type === 'text/plain' ? 'TXT' : EXTENSION_OF[type] === 'jpg' ? 'JPEG' : EXTENSION_OF[type].toUpperCase();
}
