import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type BotApiCall = { method: string; payload: Record<string, unknown> };

/**
 * Telegram's Bot API at its HTTP edge, for a server started with TELEGRAM_API_ROOT pointing
 * here: answers every method as Telegram would, createInvoiceLink with a t.me invoice link,
 * and records the calls. Nothing leaves the machine.
 */
export async function startFakeTelegramApi({
  stars = [],
}: {
  /** Telegram's record of the bot's Stars (getStarTransactions, oldest first); tests may add to it. */
  stars?: { id: string; amount: number; date: number; source?: unknown; receiver?: unknown }[];
} = {}) {
  const calls: BotApiCall[] = [];
  let messageId = 1;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = /^\/bot[^/]+\/([A-Za-z]+)/.exec(req.url ?? '')?.[1] ?? 'unknown';
      let payload: Record<string, unknown> = {};
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        payload = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        // Multipart uploads are not used by the paths under test.
      }
      calls.push({ method, payload });
      let result: unknown = true;
      if (method === 'createInvoiceLink') result = `https://t.me/$e2e_invoice_${calls.length}`;
      else if (method === 'getMe')
        result = { id: 123456789, is_bot: true, first_name: 'Codepool', username: 'codepool_e2e_bot' };
      else if (method === 'getStarTransactions') {
        const offset = Number(payload.offset ?? 0);
        result = { transactions: stars.slice(offset, offset + Number(payload.limit ?? 100)) };
      } else if (method === 'getMyStarBalance')
        result = { amount: stars.reduce((sum, t) => sum + (t.source ? t.amount : -t.amount), 0) };
      else if (method.startsWith('send')) {
        result = {
          message_id: messageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: payload.chat_id, type: 'private' },
        };
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    stars,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
