import type { PurchaseRequest, RevealResult } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';

/** The revealed purchase as a plain text file: what a buyer keeps for later. */
export function requestAsText(
  t: Translate,
  request: Pick<PurchaseRequest, 'id' | 'title'>,
  revealed: RevealResult,
): string {
  const lines = [request.title || t('app-text-untitled'), t('app-text-order', { id: request.id }), ''];
  revealed.items.forEach((item, i) => {
    if (revealed.items.length > 1) lines.push(t('app-item-number', { number: i + 1 }));
    // The file itself is saved with its own button; the text keeps its name beside its fields.
    if (item.file) lines.push(t('app-text-file', { name: item.file.name }));
    for (const f of item.fields) lines.push(`${f.label}: ${f.value}`);
    lines.push('');
  });
  if (revealed.instructions.trim()) lines.push(t('app-delivery-how-to-use'), revealed.instructions.trim(), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

export function downloadText(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function fileNameFor(title: string, id: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'purchase'}-${id.slice(0, 8)}.txt`;
}
