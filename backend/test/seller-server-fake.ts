import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, signBody, TIMESTAMP_HEADER, verifySignature } from '../src/suppliers/seller-server/sign.ts';

export type OrderCall = { orderId: string; listing: string; quantity: number; callback: string | undefined };
/** What the fake answers to one POST /orders: a status and a JSON body. */
export type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

/**
 * A seller's server speaking our documented protocol: it checks our signature on every call
 * (401 when it is wrong), answers POST /orders with what `onOrder` says, GET /stock with
 * `stock`, and can post a signed callback to the URL we sent. Every verified order call is
 * recorded; `orders` holds the distinct orderIds it was asked for.
 */
export async function startSellerServer(secret: string) {
  const calls: OrderCall[] = [];
  let badSignatures = 0;
  const state = {
    onOrder: (_call: OrderCall, _n: number): Answer => ({ status: 500 }),
    stock: { available: 100, unitCost: 300, currency: 'EUR', name: 'Gift card' } as unknown,
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const check = verifySignature(
        secret,
        { timestamp: req.headers[TIMESTAMP_HEADER] as string, signature: req.headers[SIGNATURE_HEADER] as string },
        raw,
      );
      if (check !== 'ok') {
        badSignatures++;
        res.writeHead(401).end();
        return;
      }
      if (req.method === 'GET' && req.url?.startsWith('/stock')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(state.stock));
        return;
      }
      if (req.method === 'POST' && req.url === '/orders') {
        const body = JSON.parse(raw.toString('utf8')) as Omit<OrderCall, 'callback'>;
        const call = { ...body, callback: req.headers['x-codepool-callback'] as string | undefined };
        calls.push(call);
        const n = calls.filter((c) => c.orderId === call.orderId).length;
        const answer = state.onOrder(call, n);
        res
          .writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
          .end(answer.body === undefined ? '' : JSON.stringify(answer.body));
        return;
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    state,
    get badSignatures() {
      return badSignatures;
    },
    orders: () => [...new Set(calls.map((c) => c.orderId))],
    /** POSTs a signed callback to `to`, as the seller's server would. */
    async callback(to: string, body: unknown, { sign = secret } = {}) {
      const raw = JSON.stringify(body);
      const ts = Math.floor(Date.now() / 1000);
      return fetch(to, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TIMESTAMP_HEADER]: String(ts),
          [SIGNATURE_HEADER]: signBody(sign, ts, raw),
        },
        body: raw,
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
