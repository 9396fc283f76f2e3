import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../src/config.ts';
import { signWebhook } from '../../src/domain/payments/verify-signature.ts';
import { createLogger } from '../../src/lib/logger.ts';
import { type Running, startServer } from '../../src/server.ts';
import { freshDatabaseUrl, TEST_BOT_TOKEN, TEST_WEBHOOK_SECRET } from '../harness.ts';
import { buildWorkspace, ROOT } from './browser.ts';

/**
 * The real server, serving a freshly built web workspace from a fresh database and DATA_DIR,
 * for a browser test: what `npm start` runs, on a random local port, with the bot off. `shots`
 * is where the test saves its screenshots; `close` leaves nothing running or on disk.
 */
export async function startWebServer(
  workspace: 'miniapp' | 'web-dashboard',
  { env = {}, jobs = true }: { env?: Record<string, string>; jobs?: boolean } = {},
): Promise<{ running: Running; shots: string; close: () => Promise<void> }> {
  buildWorkspace(workspace);
  const shots = path.join(ROOT, 'test-output', workspace === 'miniapp' ? 'miniapp' : 'dashboard');
  await fs.mkdir(shots, { recursive: true });
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `codepool-${workspace}-`));
  const running = await startServer(
    parseConfig({
      DATABASE_URL: await freshDatabaseUrl(),
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      BOT_TOKEN: TEST_BOT_TOKEN,
      BOT_MODE: 'off',
      PAYMENT_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      ...env,
    }),
    createLogger('silent'),
    { jobs },
  );
  return {
    running,
    shots,
    close: async () => {
      await running.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** One JSON call to the API of a server started here, as a client with `auth` makes it. */
export async function apiCall(base: string, method: string, p: string, auth: string, body?: unknown) {
  const res = await fetch(`${base}/api${p}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** Pays a request through the signed payment webhook, as the payment provider does; answers the status. */
export async function payByWebhook(base: string, requestId: string, amount: number, eventId: string) {
  const raw = JSON.stringify({
    id: eventId,
    type: 'payment.succeeded',
    request_id: requestId,
    amount,
    currency: 'XTR',
  });
  const res = await fetch(`${base}/api/payments/webhook/test`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-codepool-signature': signWebhook(TEST_WEBHOOK_SECRET, 'test', raw),
    },
    body: raw,
  });
  return res.status;
}
