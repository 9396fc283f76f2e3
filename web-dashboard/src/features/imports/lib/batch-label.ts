import type { ImportBatch } from '@codepool/shared';

/**
 * What a batch was sent as. A file import is named after its first file, so say when it held
 * more (a ZIP is one name for all its entries).
 */
export function sentAs(b: Pick<ImportBatch, 'source' | 'fileName' | 'rows'>): string | null {
  if (!b.fileName) return null;
  if (b.source === 'files' && b.rows > 1 && !/\.zip$/i.test(b.fileName)) return `${b.fileName} + ${b.rows - 1} more`;
  return b.fileName;
}
