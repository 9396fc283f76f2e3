import type { FileContentType } from '@codepool/shared';

const LABEL: Record<FileContentType, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'application/pdf': 'PDF',
  'text/plain': 'TXT',
  'application/zip': 'ZIP',
};

/** PNG, JPEG, PDF…: a file item's type as the items table and the import panel say it. */
export const fileTypeLabel = (type: FileContentType) => LABEL[type];
