import { IMPORT_SEPARATORS, type ImportSeparator } from '@codepool/shared';

const SAMPLE_RECORDS = 10;

/** Per record of the sample, how often each candidate occurs outside quotes. */
function countOutsideQuotes(text: string): Map<ImportSeparator, number[]> {
  const counts = new Map<ImportSeparator, number[]>(IMPORT_SEPARATORS.map((s) => [s, []]));
  const current = new Map<ImportSeparator, number>(IMPORT_SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  let blank = true;
  let records = 0;
  const endRecord = () => {
    if (!blank) {
      for (const s of IMPORT_SEPARATORS) counts.get(s)?.push(current.get(s) ?? 0);
      records++;
    }
    for (const s of IMPORT_SEPARATORS) current.set(s, 0);
    blank = true;
  };
  for (let i = 0; i < text.length && records < SAMPLE_RECORDS; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') endRecord();
    else if (!quoted && current.has(ch as ImportSeparator)) {
      current.set(ch as ImportSeparator, (current.get(ch as ImportSeparator) ?? 0) + 1);
    }
    if (ch !== '\n' && ch.trim() !== '') blank = false;
  }
  endRecord();
  return counts;
}

/**
 * Picks the separator from the first records: the candidate that splits every sampled
 * record into the same number of columns, the most columns winning; failing that, the one
 * seen in the most records. A file with none of them is one column, read with commas.
 */
export function sniffSeparator(head: string): ImportSeparator {
  const counts = countOutsideQuotes(head);
  let best: { sep: ImportSeparator; score: number } = { sep: ',', score: 0 };
  for (const sep of IMPORT_SEPARATORS) {
    const perRecord = counts.get(sep) ?? [];
    const first = perRecord[0] ?? 0;
    if (first === 0) continue;
    const consistent = perRecord.every((n) => n === first);
    const seenIn = perRecord.filter((n) => n > 0).length;
    // Consistent candidates outrank any inconsistent one; among equals, more columns win.
    const score = consistent ? 1_000_000 + first : seenIn;
    if (score > best.score) best = { sep, score };
  }
  return best.sep;
}
