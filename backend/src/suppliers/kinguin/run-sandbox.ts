import { startKinguinSandbox } from './sandbox.ts';

/**
 * The Kinguin sandbox on its own, for trying a Kinguin source by hand:
 *   node --import tsx backend/src/suppliers/kinguin/run-sandbox.ts
 * KINGUIN_SANDBOX_PORT (default 7411), KINGUIN_SANDBOX_KEY (default: random), and
 * KINGUIN_SANDBOX_PRODUCT (default 5c9b5f6b2539a4e8f172916a, 5.79 EUR, 1000 keys).
 * Use the printed base URL and API key as the source's base URL and credentials.
 */
const productId = process.env.KINGUIN_SANDBOX_PRODUCT ?? '5c9b5f6b2539a4e8f172916a';
const sandbox = await startKinguinSandbox({
  port: Number(process.env.KINGUIN_SANDBOX_PORT ?? 7411),
  ...(process.env.KINGUIN_SANDBOX_KEY ? { apiKey: process.env.KINGUIN_SANDBOX_KEY } : {}),
  products: [{ productId, price: 5.79, qty: 1000 }],
});
process.stdout.write(
  `Kinguin sandbox at ${sandbox.url}\n  X-Api-Key: ${sandbox.apiKey}\n  product:   ${productId} (5.79 EUR, 1000 keys)\n`,
);
const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
