import { REQUEST_STATUSES } from '@codepool/shared';
import { describe, expect, it } from 'vitest';
import { en } from '../../testing/render.tsx';
import { statusInfo } from './request-status.ts';

describe('statusInfo', () => {
  it('names every request status, each differently', () => {
    const labels = REQUEST_STATUSES.map((s) => statusInfo(en.t, s).label);
    expect(labels.every((l) => l.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(REQUEST_STATUSES.length);
  });

  it('tells a refund the seller pays back by hand from one on its way, and points to /paysupport', () => {
    const automatic = statusInfo(en.t, 'refund_pending');
    const byHand = statusInfo(en.t, 'refund_pending', { refundByHand: true });
    expect(automatic.hint).toBe('Your Stars are on their way back.');
    expect(byHand.label).not.toBe(automatic.label);
    expect(byHand.hint).toContain('the seller has been asked to pay it back');
    expect(byHand.hint).toContain('/paysupport');
    // Only a pending refund reads the flag.
    expect(statusInfo(en.t, 'refunded', { refundByHand: true })).toEqual(statusInfo(en.t, 'refunded'));
  });
});
