import { isValidElement } from 'react';
import { describe, expect, it } from 'vitest';
import { en, ru } from '../../../testing/i18n.ts';
import { fill, slot } from './fill.ts';

describe('fill', () => {
  it('puts each node where the translation placed its slot', () => {
    const parts = fill(en.t('dash-dispute-refund-cost-full', { amount: slot('amount') }), { amount: 'STARS' });
    expect(parts.map((p) => (isValidElement(p) ? (p.props as { children: unknown }).children : p))).toEqual([
      'A refund returns ',
      'STARS',
      ' to the buyer.',
    ]);
  });

  it('keeps the plurals of the words around the slots', () => {
    const text = ru.t('dash-dispute-refund-cost-partial', {
      disputed: 2,
      items: 5,
      kept: 3,
      whole: slot('whole'),
      amount: slot('amount'),
    });
    const words = fill(text, { whole: '', amount: '' })
      .filter((p) => typeof p === 'string')
      .join('');
    expect(words).toBe(
      'Оспорено 2 из 5 позиций. Замена отправит со склада 2 новые позиции. Возврат вернёт , , а 3 неоспоренные позиции к вам не вернутся.',
    );
  });
});
