import type { PoolSource } from '@codepool/shared';
import { describe, expect, it } from 'vitest';
import { en, ru } from '../../../testing/i18n.ts';
import {
  EMPTY_SOURCE_FORM,
  formFromSource,
  inputFromSource,
  KINGUIN_DEFAULT_BASE_URL,
  type SourceForm,
  sourceInputFromForm,
} from './source-form.ts';

const SECRET = 's'.repeat(40);
const form = (over: Partial<SourceForm>): SourceForm => ({
  ...EMPTY_SOURCE_FORM,
  mode: 'on_demand',
  productId: '5c9b5f6b2539a4e8f172916a',
  maxUnitCost: '12.50 EUR',
  credential: 'kinguin-api-key-1',
  ...over,
});

const saved: PoolSource = {
  mode: 'backfill',
  id: '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e6f',
  kind: 'seller_server',
  productId: 'steam-20',
  maxUnitCost: 1890,
  currency: 'EUR',
  baseUrl: 'https://codes.example.com/supplier',
  waitMinutes: 20,
  backfillThreshold: 4,
  backfillQuantity: 25,
  dailySpendCap: 50_000,
  credentialsSet: true,
  status: 'paused',
  pausedReason: '3 of the last 5 orders failed',
  webhookUrl: 'http://localhost:3000/api/suppliers/01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e6f/callback',
  quote: null,
  recent: { orders: 5, failed: 3 },
};

describe('the Source card → PoolSourceInput', () => {
  it('sends a Kinguin on-demand source with its key, costs in minor units, no backfill fields, Kinguin’s default URL left to the server', () => {
    expect(sourceInputFromForm(form({}), { credentialsSet: false, i18n: en })).toEqual({
      ok: true,
      input: {
        mode: 'on_demand',
        kind: 'kinguin',
        productId: '5c9b5f6b2539a4e8f172916a',
        maxUnitCost: 1250,
        currency: 'EUR',
        waitMinutes: 15,
        credentials: { apiKey: 'kinguin-api-key-1' },
      },
    });
  });

  it('sends a seller server backfill with its secret, URL and restock rules', () => {
    const mapped = sourceInputFromForm(
      form({
        mode: 'backfill',
        kind: 'seller_server',
        baseUrl: ' https://codes.example.com/supplier ',
        credential: SECRET,
        currency: 'usd',
        maxUnitCost: '3',
        backfillThreshold: '4',
        backfillQuantity: '25',
        dailySpendCap: '500.00',
      }),
      { credentialsSet: false, i18n: en },
    );
    expect(mapped).toEqual({
      ok: true,
      input: {
        mode: 'backfill',
        kind: 'seller_server',
        productId: '5c9b5f6b2539a4e8f172916a',
        baseUrl: 'https://codes.example.com/supplier',
        maxUnitCost: 300,
        currency: 'USD',
        waitMinutes: 15,
        backfillThreshold: 4,
        backfillQuantity: 25,
        dailySpendCap: 50_000,
        credentials: { secret: SECRET },
      },
    });
  });

  it('leaves the credentials out when they are saved and the field is empty, and asks for them when not', () => {
    const kept = sourceInputFromForm(form({ credential: '' }), { credentialsSet: true, i18n: en });
    expect(kept.ok && 'credentials' in kept.input).toBe(false);
    expect(sourceInputFromForm(form({ credential: '' }), { credentialsSet: false, i18n: en })).toEqual({
      ok: false,
      errors: { credential: 'the API key is needed' },
    });
  });

  it('says which field is wrong, with the shared schema’s own bounds', () => {
    const mapped = sourceInputFromForm(
      form({
        kind: 'seller_server',
        credential: 'too-short-secret',
        maxUnitCost: '0',
        waitMinutes: 'soon',
        productId: 'has spaces',
        currency: 'EURO',
      }),
      { credentialsSet: false, i18n: en },
    );
    expect(mapped).toEqual({
      ok: false,
      errors: {
        currency: 'a three-letter code, like EUR',
        waitMinutes: 'a whole number',
        baseUrl: "your server's address is needed",
        credential: 'at least 32 characters',
        productId: 'printable characters without spaces',
      },
    });
    const cost = sourceInputFromForm(form({ maxUnitCost: '0.00' }), { credentialsSet: true, i18n: en });
    expect(cost).toEqual({ ok: false, errors: { maxUnitCost: 'more than zero' } });
    const url = sourceInputFromForm(form({ baseUrl: 'https://user:pw@example.com' }), {
      credentialsSet: true,
      i18n: en,
    });
    expect(url).toMatchObject({ ok: false, errors: { baseUrl: expect.stringContaining('credentials') } });
    const bounds = sourceInputFromForm(
      form({ mode: 'backfill', waitMinutes: '2000', backfillQuantity: '0', dailySpendCap: '20000000' }),
      { credentialsSet: true, i18n: en },
    );
    expect(bounds).toEqual({
      ok: false,
      errors: { waitMinutes: 'at most 1,440', backfillQuantity: 'at least 1', dailySpendCap: 'at most €10,000,000.00' },
    });
  });

  it('says the errors in Russian, with its plurals and its way of writing money', () => {
    const mapped = sourceInputFromForm(
      form({ mode: 'backfill', kind: 'seller_server', credential: 'too-short-secret', dailySpendCap: '20000000' }),
      { credentialsSet: false, i18n: ru },
    );
    expect(mapped).toEqual({
      ok: false,
      errors: {
        baseUrl: 'нужен адрес вашего сервера',
        credential: 'не меньше 32 символов',
        dailySpendCap: 'не больше 10\u00a0000\u00a0000,00\u00a0€',
      },
    });
    expect(formFromSource(saved, ru)).toMatchObject({ maxUnitCost: '18,90', dailySpendCap: '500,00' });
    expect(inputFromSource(saved, ru)).toEqual(inputFromSource(saved, en));
  });

  it('sends stock alone for the stock mode, whatever else is typed', () => {
    expect(
      sourceInputFromForm(form({ mode: 'stock', maxUnitCost: 'nonsense' }), { credentialsSet: false, i18n: en }),
    ).toEqual({
      ok: true,
      input: { mode: 'stock' },
    });
  });

  it('shows a saved source in the form without credentials, and resumes it with the same settings', () => {
    expect(formFromSource(saved, en)).toMatchObject({
      mode: 'backfill',
      kind: 'seller_server',
      maxUnitCost: '18.90',
      dailySpendCap: '500.00',
      waitMinutes: '20',
      credential: '',
    });
    expect(inputFromSource(saved, en)).toEqual({
      mode: 'backfill',
      kind: 'seller_server',
      productId: 'steam-20',
      baseUrl: 'https://codes.example.com/supplier',
      maxUnitCost: 1890,
      currency: 'EUR',
      waitMinutes: 20,
      backfillThreshold: 4,
      backfillQuantity: 25,
      dailySpendCap: 50_000,
    });
    const kinguin = { ...saved, kind: 'kinguin' as const, baseUrl: KINGUIN_DEFAULT_BASE_URL };
    expect(formFromSource(kinguin, en).baseUrl).toBe('');
    expect(formFromSource({ mode: 'stock' }, en)).toEqual(EMPTY_SOURCE_FORM);
  });
});
