import type { DeliveryType, FieldDef } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';

const EXAMPLES: Record<string, string> = {
  code: 'XXXX-XXXX-XXXX-0001',
  pin: '1234',
  value: '20 EUR',
  key: 'AAAAA-BBBBB-CCCCC-DDDDD',
  username: 'player001',
  password: 'correct-horse-battery',
  email: 'player001@example.com',
  notes: 'Region EU',
  seats: '1',
  expires: '2027-12-31',
  contents: 'Key 1: AAAA-BBBB / Key 2: CCCC-DDDD',
};

const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * A CSV with the pool's columns, the optional expires_at / cost / supplier, and one example row.
 * The column names are what the import reads, so they stay as they are in every language.
 */
export function csvTemplate(fields: FieldDef[], t: Translate): string {
  const header = [...fields.map((f) => f.name), 'expires_at', 'cost', 'supplier'];
  const example = [
    ...fields.map((f) => EXAMPLES[f.name] ?? t('dash-import-template-example', { field: f.label.toLowerCase() })),
    '2027-12-31',
    '850',
    'Acme Wholesale',
  ];
  return `${header.map(cell).join(',')}\n${example.map(cell).join(',')}\n`;
}

export function downloadText(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const templateFileName = (type: DeliveryType) => `codepool-${type}-template.csv`;
