import { MAX_REPORTED_LINES, type RejectCode, type RejectedLine } from '@codepool/shared';

/**
 * The running counts of an import and the lines it rejected. Only the lowest
 * MAX_REPORTED_LINES rejected lines are kept (lines arrive nearly in order; duplicates
 * of one batch are known only after the next batch was parsed), so a file of a million bad
 * lines costs no more memory than one of a thousand.
 */
export class ImportTally {
  rows = 0;
  accepted = 0;
  duplicates = 0;
  invalid = 0;
  private kept: RejectedLine[] = [];

  constructor(private readonly cap = MAX_REPORTED_LINES) {}

  get rejectedTotal(): number {
    return this.duplicates + this.invalid;
  }

  invalidLine(line: number, reason: string) {
    this.invalid++;
    this.keep(line, 'invalid', reason);
  }

  duplicateLine(line: number, code: Exclude<RejectCode, 'invalid'>, reason: string) {
    this.duplicates++;
    this.keep(line, code, reason);
  }

  rejected(): RejectedLine[] {
    this.trim();
    return this.kept;
  }

  private keep(line: number, code: RejectCode, reason: string) {
    this.kept.push({ line, code, reason });
    if (this.kept.length >= this.cap * 2) this.trim();
  }

  private trim() {
    this.kept.sort((a, b) => a.line - b.line);
    if (this.kept.length > this.cap) this.kept.length = this.cap;
  }
}
