import type { AuditEntry } from '@codepool/shared';
import { describe, expect, it } from 'vitest';
import { en, ru } from '../../../testing/i18n.ts';
import { actionLabel, auditDetails, subjectLabel } from './audit-text.ts';

const entry = (action: string, metadata: Record<string, unknown>): AuditEntry => ({
  id: '0190a1b2-0000-7000-8000-000000000001',
  action,
  actorType: 'seller',
  byYou: true,
  subjectType: 'pool',
  subjectId: '0190a1b2-0000-7000-8000-000000000002',
  metadata,
  ip: null,
  userAgent: null,
  createdAt: '2026-03-05T10:01:00.000Z',
});

describe('audit texts', () => {
  it('names a known action and subject, and shows an unknown one as its code', () => {
    expect(actionLabel(en, 'pool.created')).toBe('Created a pool');
    expect(actionLabel(en, 'items.marked_withdrawn')).toBe('Withdrew items');
    expect(actionLabel(ru, 'pool.created')).toBe('Создан пул');
    expect(actionLabel(en, 'pool.teleported')).toBe('pool.teleported');
    expect(subjectLabel(en, 'purchase_request')).toBe('Order');
    expect(subjectLabel(en, 'spaceship')).toBe('spaceship');
  });

  it('writes the figures of a row in words, in the order of its keys', () => {
    const e = entry('items.imported', { accepted: 985, duplicates: 2, itemIds: ['a', 'b'], changes: { name: 'x' } });
    expect(auditDetails(en, e)).toBe('accepted 985 · duplicates 2 · 2 items · changed name');
    expect(auditDetails(en, entry('items.added', { itemIds: ['a'], changes: {} }))).toBe('1 item · changed nothing');
  });

  it('writes a dispute reason in words and Russian plurals by their count', () => {
    expect(auditDetails(en, entry('dispute.opened', { reason: 'already_used' }))).toBe(
      'reason the code was already used',
    );
    expect(auditDetails(ru, entry('items.added', { accepted: 1250, itemIds: ['a', 'b', 'c', 'd', 'e'] }))).toBe(
      'принято 1\u00a0250 · 5 позиций',
    );
  });
});
