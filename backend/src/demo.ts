import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AddItemsResult,
  ErrorBody,
  Pool,
  PoolSource,
  PurchaseRequest,
  RevealResult,
  Template,
  TestSourceResult,
  WebhookResult,
} from '@codepool/shared';
import type { z } from 'zod';
import type { Config } from './config.ts';
import { checkKeyRing } from './crypto/key-checks.ts';
import { loadKeyRing } from './crypto/keyring.ts';
import { createDb } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { type Deps, withActor } from './domain/context.ts';
import { maskPreview } from './domain/items/prepare-item.ts';
import { signWebhook } from './domain/payments/verify-signature.ts';
import { createApiToken } from './domain/users/api-tokens.ts';
import { becomeSeller } from './domain/users/become-seller.ts';
import { upsertTelegramUser } from './domain/users/upsert-telegram-user.ts';
import { createApp } from './http/app.ts';
import { startDurableJobs } from './jobs/durable.ts';
import { DURABLE_TASKS } from './jobs/durable-tasks.ts';
import { createLogger } from './lib/logger.ts';
import { signInitData } from './lib/telegram-init-data.ts';
import { openDatabase, settingsOf } from './server.ts';
import { startKinguinSandbox } from './suppliers/kinguin/sandbox.ts';

const SELLER_TG = 100_001;
const BUYER_TG = 200_001;
const STRANGER_TG = 200_002;

/**
 * `npm run demo`: the whole story on the configured database, over real HTTP, step by
 * step. It runs its own API instance with a throwaway bot token and webhook secret, so it
 * needs no Telegram and touches no real money; the data stays for the user to explore.
 */
export async function runDemo(config: Config) {
  if (config.production) throw new Error('the demo signs its own payments and is refused in production');
  const log = createLogger('warn');
  const database = await openDatabase(config, log);
  await runMigrations(database.url);
  const { db, pool } = createDb(database.url, { max: 5 });
  const keys = await loadKeyRing({
    spec: config.keys,
    dataDir: config.dataDir,
    production: false,
    log: (m) => step('keys', m),
  });
  await checkKeyRing(pool, keys, { log: (m) => step('keys', m) });
  const botToken = `${SELLER_TG}:${randomBytes(24).toString('base64url')}`;
  const secret = randomBytes(24).toString('hex');
  const deps: Deps = {
    db,
    keys,
    log,
    events: { toUser: () => undefined },
    settings: { ...settingsOf(config), devFunding: false },
    publicUrl: () => base,
  };
  let base = '';
  const server = http.createServer(
    createApp(deps, {
      botToken,
      initDataMaxAgeS: 3600,
      jsonBodyLimit: '2mb',
      paymentWebhookSecret: secret,
      publicUrl: () => base,
      serveWeb: false,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  deps.publicUrl = () => base;
  // Supplier orders are durable jobs: the demo runs the workers a server would.
  const stopDurable = await startDurableJobs(deps, { url: database.url, tasks: DURABLE_TASKS, pollIntervalMs: 200 });
  // A local Kinguin-compatible gateway (not Kinguin): the supplier-backed sale buys from it.
  const sandbox = await startKinguinSandbox({
    products: [
      { productId: '5c9b5f6b2539a4e8f172916a', name: 'Demo game key', price: 4.5, qty: 40, processingPolls: 2 },
    ],
    balance: 100,
  });

  // Every answer is parsed with the API's own schemas: the demo doubles as a contract check.
  async function call<T extends z.ZodType>(
    schema: T,
    method: string,
    path: string,
    auth: string | null,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: z.output<T> }> {
    const res = await fetch(`${base}/api${path}`, {
      method,
      headers: {
        ...(auth ? { authorization: auth } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok && (schema as z.ZodType) !== ErrorBody)
      throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    return { status: res.status, body: schema.parse(json) };
  }

  try {
    console.log(
      `Codepool demo on ${config.databaseUrl ? 'DATABASE_URL' : `the embedded PostgreSQL in ${config.dataDir}/pg`}\n`,
    );

    const seller = await becomeSeller(withActor(deps, { type: 'system', job: 'demo' }), {
      userId: (await upsertTelegramUser(db, { id: SELLER_TG, first_name: 'Demo Seller' })).id,
    });
    const { token } = await createApiToken(withActor(deps, { type: 'seller', userId: seller.id }), { name: 'demo' });
    const s = `Bearer ${token}`;
    step('1. seller', `Telegram user ${SELLER_TG} is a seller with an API token (stored only as a hash).`);

    const poolRes = await call(Pool, 'POST', '/pools', s, {
      name: `Demo gift cards ${new Date().toISOString().slice(0, 19)}`,
      deliveryType: 'code',
      lowStockThreshold: 50,
    });
    const poolId = poolRes.body.id as string;
    step('2. pool', `Pool ${poolId} of delivery type "code" (fields: code, pin, value).`);

    const codes = Array.from({ length: 1000 }, () => randomBytes(8).toString('hex').toUpperCase());
    const added = await call(AddItemsResult, 'POST', `/pools/${poolId}/items`, s, {
      items: codes.map((code) => ({ fields: { code }, cost: 180, supplier: 'demo' })),
    });
    step(
      '3. stock',
      `${added.body.accepted} codes added, each AES-256-GCM encrypted and fingerprinted; previews are masked like ${added.body.items[0]?.preview}.`,
    );
    const dup = await call(AddItemsResult, 'POST', `/pools/${poolId}/items`, s, {
      items: [{ fields: { code: codes[0] } }],
      skipDuplicates: true,
    });
    step(
      '   dedup',
      `Adding the first code again: accepted ${dup.body.accepted}, duplicates ${dup.body.duplicates} (keyed fingerprint, no plaintext compared).`,
    );

    const tpl = await call(Template, 'POST', '/templates', s, {
      title: 'Demo 10 € gift card',
      price: 25,
      currency: 'XTR',
      defaultPoolId: poolId,
      instructions: 'Redeem at the demo shop.',
    });
    step('4. listing', `Template ${tpl.body.id}: 25 Stars, bound to the pool (${tpl.body.available} available).`);
    const limited = await call(Template, 'POST', `/templates/${tpl.body.id}/variants`, s, {
      title: 'Launch edition',
      price: 40,
      poolId,
      maxQuantity: 1,
      maxPerOrder: 2,
      buyerLimit: { count: 1, period: 'day' },
    });
    const standard = limited.body.variants[0];
    const edition = limited.body.variants[1];
    if (!standard || !edition) throw new Error('the listing should have two variants');

    const buyerAuth = `tma ${signInitData(botToken, { id: BUYER_TG, first_name: 'Demo Buyer' })}`;
    const tooMany = await call(ErrorBody, 'POST', '/requests', buyerAuth, {
      templateId: tpl.body.id,
      variantId: edition.id,
      quantity: 2,
    });
    step(
      '   variant',
      `Added "${edition.title}" (40 Stars, capped at 1 sold, 1 per buyer a day); the listing now sells ${limited.body.variants.length} variants from ${limited.body.price} Stars. Asking for 2 of it: ${tooMany.status} "${tooMany.body.error.message}".`,
    );
    const req = await call(PurchaseRequest, 'POST', '/requests', buyerAuth, {
      templateId: tpl.body.id,
      variantId: standard.id,
      quantity: 1,
    });
    step(
      '5. purchase',
      `Buyer ${BUYER_TG} (Mini App init data signed with the bot token) opened request ${req.body.id}: ${req.body.status}, ${req.body.total} Stars.`,
    );

    const raw = JSON.stringify({
      id: `evt_demo_${randomBytes(6).toString('hex')}`,
      type: 'payment.succeeded',
      request_id: req.body.id,
      amount: req.body.total,
      currency: 'XTR',
    });
    const pay = () =>
      call(WebhookResult, 'POST', '/payments/webhook/demo', null, raw, {
        'x-codepool-signature': signWebhook(secret, 'demo', raw),
      });
    const payFor = (requestId: string, amount: number) => {
      const body = JSON.stringify({
        id: `evt_demo_${randomBytes(6).toString('hex')}`,
        type: 'payment.succeeded',
        request_id: requestId,
        amount,
        currency: 'XTR',
      });
      return call(WebhookResult, 'POST', '/payments/webhook/demo', null, body, {
        'x-codepool-signature': signWebhook(secret, 'demo', body),
      });
    };
    const paid = await pay();
    step(
      '6. payment',
      `Signed webhook event accepted (${paid.body.status}): escrow funded, fulfillOnFunded ran in-process.`,
    );

    const after = await call(PurchaseRequest, 'GET', `/requests/${req.body.id}`, buyerAuth);
    step(
      '7. delivery',
      `Request is ${after.body.status}; the buyer sees only ${after.body.items[0]?.preview} until they reveal.`,
    );

    const reveal = await call(RevealResult, 'POST', `/requests/${req.body.id}/reveal`, buyerAuth);
    const value = reveal.body.items[0]?.fields[0]?.value ?? '';
    step(
      '8. reveal',
      `The buyer revealed ${maskPreview(value)} — the oldest code in the pool: ${value === codes[0] ? 'yes' : 'NO'} (the demo does not print it).`,
    );

    const replay = await pay();
    const stranger = await call(
      ErrorBody,
      'POST',
      `/requests/${req.body.id}/reveal`,
      `tma ${signInitData(botToken, { id: STRANGER_TG, first_name: 'Stranger' })}`,
    );
    step('9. safety', `Replaying the payment: ${replay.body.status}. Another buyer revealing it: ${stranger.status}.`);

    const stock = await call(Pool, 'GET', `/pools/${poolId}`, s);
    step('10. stock', `available ${stock.body.stock.available}, delivered ${stock.body.stock.delivered}.`);

    await supplierSale({ call, s, buyerAuth, pay: payFor, sandbox });

    console.log(
      `\nThe data stays. Explore it with this seller token:\n  ${token}\n  curl -H 'Authorization: Bearer ${token}' http://localhost:${config.port}/api/pools   (with npm start running)`,
    );
  } finally {
    await stopDurable();
    await sandbox.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await pool.end();
    await database.stop();
  }
}

type Call = <T extends z.ZodType>(
  schema: T,
  method: string,
  path: string,
  auth: string | null,
  body?: unknown,
) => Promise<{ status: number; body: z.output<T> }>;

/**
 * Steps 11–14: a pool that holds no stock and buys each sale from a supplier — here the local
 * Kinguin-compatible sandbox the demo started, reached over HTTP exactly as Kinguin would be.
 */
async function supplierSale({
  call,
  s,
  buyerAuth,
  pay,
  sandbox,
}: {
  call: Call;
  s: string;
  buyerAuth: string;
  pay: (requestId: string, amount: number) => Promise<unknown>;
  sandbox: Awaited<ReturnType<typeof startKinguinSandbox>>;
}) {
  const [product] = [...sandbox.products.values()];
  if (!product) throw new Error('the sandbox has no product');
  const pool = await call(Pool, 'POST', '/pools', s, {
    name: `Demo game keys from a supplier ${new Date().toISOString().slice(0, 19)}`,
    deliveryType: 'key',
  });
  const source = await call(PoolSource, 'PUT', `/pools/${pool.body.id}/source`, s, {
    mode: 'on_demand',
    kind: 'kinguin',
    baseUrl: sandbox.url,
    credentials: { apiKey: sandbox.apiKey },
    productId: product.productId,
    maxUnitCost: 600,
    currency: 'EUR',
  });
  const tested = await call(TestSourceResult, 'POST', `/pools/${pool.body.id}/source/test`, s);
  const quote = tested.body.ok ? tested.body.quote : null;
  step(
    '11. supplier',
    `Pool ${pool.body.id} holds no stock: it is "on demand" from a LOCAL KINGUIN-COMPATIBLE SANDBOX at ${sandbox.url} (not Kinguin itself). The API key is stored sealed (${source.body.mode !== 'stock' && source.body.credentialsSet ? 'set, never shown' : 'missing'}); Test connection: ${quote ? `${quote.name}, ${(quote.unitCost ?? 0) / 100} ${quote.currency}, ${quote.available} on offer, within the 6.00 EUR cap` : 'failed'}.`,
  );
  const tpl = await call(Template, 'POST', '/templates', s, {
    title: 'Demo game key (from the supplier)',
    price: 40,
    currency: 'XTR',
    defaultPoolId: pool.body.id,
  });
  const req = await call(PurchaseRequest, 'POST', '/requests', buyerAuth, { templateId: tpl.body.id, quantity: 1 });
  await pay(req.body.id, req.body.total);
  const paid = await call(PurchaseRequest, 'GET', `/requests/${req.body.id}`, buyerAuth);
  step(
    '12. sale',
    `Paid ${req.body.total} Stars: the request is ${paid.body.status} — a durable job placed a supplier order with the sandbox (its orderExternalId is our order id, so a retry never buys twice) and polls it (2 s, 4 s, … up to 30 s).`,
  );
  const deadline = Date.now() + 60_000;
  let now = paid.body;
  while (now.status !== 'delivered' && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    now = (await call(PurchaseRequest, 'GET', `/requests/${req.body.id}`, buyerAuth)).body;
  }
  step(
    '13. delivery',
    now.status === 'delivered'
      ? `After ${sandbox.callsTo('order').length} status polls the key arrived, was encrypted and fingerprinted, and delivered: ${now.items[0]?.preview}.`
      : `Still ${now.status} after a minute: see the supplier orders of pool ${pool.body.id} in the dashboard.`,
  );
  if (now.status === 'delivered') {
    const reveal = await call(RevealResult, 'POST', `/requests/${req.body.id}/reveal`, buyerAuth);
    const key = reveal.body.items[0]?.fields[0]?.value ?? '';
    const bought = [...sandbox.orders.values()];
    step(
      '14. reveal',
      `The buyer revealed ${maskPreview(key)}: the sandbox sold exactly ${bought.length} order, and it is this key: ${bought[0]?.keys.some((k) => k.serial === key) ? 'yes' : 'NO'}.`,
    );
  }
}

function step(label: string, text: string) {
  console.log(`${label.padEnd(12)} ${text}`);
}
