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
  limits,
}: {
  /** Telegram's record of the bot's Stars (getStarTransactions, oldest first); tests may add to it. */
  stars?: { id: string; amount: number; date: number; source?: unknown; receiver?: unknown }[];
  /**
   * Telegram's flood limits, enforced as it does: a send to a chat sooner than `chatGapMs` after
   * the last one, or beyond `perSecond` sends in any second, is answered 429 and counted.
   */
  limits?: { chatGapMs: number; perSecond: number };
} = {}) {
  const calls: BotApiCall[] = [];
  /** Sends that were let through, with when they arrived (performance.now()). */
  const delivered: { chatId: number; text: string; at: number }[] = [];
  const tooFast = { toChat: 0, overall: 0 };
  const lastToChat = new Map<number, number>();
  const lastSecond: number[] = [];
  /** Whether a send now breaks `limits`; counts it if so. */
  const floods = (chatId: number, at: number) => {
    if (!limits) return false;
    while (lastSecond.length > 0 && (lastSecond[0] ?? 0) <= at - 1000) lastSecond.shift();
    const last = lastToChat.get(chatId);
    if (last !== undefined && at - last < limits.chatGapMs) tooFast.toChat++;
    else if (lastSecond.length >= limits.perSecond) tooFast.overall++;
    else {
      lastToChat.set(chatId, at);
      lastSecond.push(at);
      return false;
    }
    return true;
  };
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
      if (method === 'sendMessage') {
        const at = performance.now();
        const chatId = Number(payload.chat_id);
        if (floods(chatId, at)) {
          res.writeHead(429, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              ok: false,
              error_code: 429,
              description: 'Too Many Requests: retry after 1',
              parameters: { retry_after: 1 },
            }),
          );
          return;
        }
        delivered.push({ chatId, text: String(payload.text ?? ''), at });
      }
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
    delivered,
    tooFast,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
