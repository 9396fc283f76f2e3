import { REQUEST_STATUSES } from '@codepool/shared';
import { describe, expect, it } from 'vitest';
import { statusInfo } from './request-status.ts';

describe('statusInfo', () => {
  it('names every request status, each differently', () => {
    const labels = REQUEST_STATUSES.map((s) => statusInfo(s).label);
    expect(labels.every((l) => l.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(REQUEST_STATUSES.length);
  });
});
