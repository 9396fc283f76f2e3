import type { ImportBatch } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';

type Sent = Pick<ImportBatch, 'source' | 'fileName' | 'rows'>;

/**
 * What a batch was sent as. A file import is named after its first file, so say when it held
 * more (a ZIP is one name for all its entries).
 */
export function sentAs(b: Sent, t: Translate): string | null {
  if (!b.fileName) return null;
  if (b.source === 'files' && b.rows > 1 && !/\.zip$/i.test(b.fileName)) {
    const more = b.rows - 1;
    return t('dash-import-sent-as-more', { file: b.fileName, more });
  }
  return b.fileName;
}
