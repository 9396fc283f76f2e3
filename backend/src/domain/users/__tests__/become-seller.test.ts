import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSeller, runCodepool, startTestApp, type TestApp } from '../../../../test/harness.ts';

describe('becoming a seller, whoever makes it happen', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  /** The user.became_seller rows of the user behind a Telegram id: who wrote each. */
  const grants = async (telegramId: number) =>
    (
      await app.db.$client.query<{ actor: string }>(
        `select a.actor_type || ':' || a.actor_id as actor from audit_log a
           join users u on a.subject_type = 'user' and a.subject_id = u.id::text
          where a.action = 'user.became_seller' and u.telegram_id = $1 order by a.id`,
        [telegramId],
      )
    ).rows.map((r) => r.actor);

  /** A codepool command on the test app's database, as an operator runs it. */
  async function codepool(...args: string[]): Promise<string> {
    const { code, out } = await runCodepool(app, args);
    expect(code, out).toBe(0);
    return out;
  }

  it('from the Mini App: one row by the user themself, none for a second try, and /me says so at once', async () => {
    const buyer = app.buyer('Shopkeeper');
    const me = await app.api('GET', '/me', { auth: buyer.auth });
    expect(me.body.isSeller).toBe(false);
    for (let i = 0; i < 2; i++) {
      const opened = await app.api('POST', '/me/seller', { auth: buyer.auth });
      expect(opened.body).toMatchObject({ isSeller: true });
    }
    expect((await app.api('GET', '/me', { auth: buyer.auth })).body.isSeller).toBe(true);
    expect(await grants(buyer.telegramId)).toEqual([`buyer:${me.body.id}`]);
  });

  it('from the test harness: one row by the harness, none for a second grant', async () => {
    const tg = { id: 880_001, first_name: 'Harnessed' };
    const user = await makeSeller(app.db, tg);
    expect(user.isSeller).toBe(true);
    expect((await makeSeller(app.db, tg)).isSeller).toBe(true);
    expect(await grants(tg.id)).toEqual(['system:test']);
    const viaApp = await app.seller('Also harnessed');
    expect(await grants(Number(viaApp.user.telegramId))).toEqual(['system:test']);
  });

  it('from the command line: one row by the operator for seller-token and login-link together', async () => {
    await codepool('seller-token', '880002');
    await codepool('seller-token', '880002');
    await codepool('login-link', '880002');
    expect(await grants(880_002)).toEqual(['system:cli']);
    await codepool('login-link', '880003');
    expect(await grants(880_003)).toEqual(['system:cli']);
  });

  it('from the demo: one row by the demo, none when it plays again', async () => {
    const first = await codepool('demo');
    expect(first).toContain('is a seller with an API token');
    await codepool('demo');
    const demoSeller = (
      await app.db.$client.query<{ id: string }>(
        "select telegram_id::text as id from users where first_name = 'Demo Seller'",
      )
    ).rows;
    expect(demoSeller).toHaveLength(1);
    expect(await grants(Number(demoSeller[0]?.id))).toEqual(['system:demo']);
  });
});
