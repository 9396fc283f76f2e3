/**
 * Paces sends under Telegram's limits: at most `perChatPerS` messages a second to one chat and
 * `globalPerS` overall. `wait(chatId)` resolves when a send may go.
 *
 * The overall limit is kept over the sends as they were let go, not over a schedule: the next
 * send waits until the one `globalPerS` sends back is `1000 + marginMs` ms old, so a send that
 * went late (a busy event loop, a late timer) cannot let the ones after it bunch up. Sends are
 * also kept `minGapMs` apart, so a second's worth is not let out at once. `marginMs` is for
 * the way to Telegram: a request leaves a moment after its turn and the network may bunch two,
 * so sends timed exactly at the limit would arrive faster than it. With the defaults that is at
 * most 29.1 a second overall and one every 1.03 s to a chat.
 */
export function createThrottle({
  perChatPerS = 1,
  globalPerS = 30,
  marginMs = 30,
  minGapMs = 750 / globalPerS,
  now = () => Date.now(),
  sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
}: {
  perChatPerS?: number;
  globalPerS?: number;
  marginMs?: number;
  minGapMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
} = {}) {
  const chatGapMs = 1000 / perChatPerS + marginMs;
  /** When each chat may next be sent to; entries in the past are pruned when the map grows. */
  const chatNext = new Map<number, number>();
  /** When the last `globalPerS` sends were let go, oldest first. */
  const released: number[] = [];
  return {
    /** How long until `chatId` may be sent to again, as far as its own limit goes. */
    chatReadyInMs(chatId: number): number {
      return Math.max(0, (chatNext.get(chatId) ?? 0) - now());
    },
    async wait(chatId: number): Promise<void> {
      for (;;) {
        const t = now();
        const windowAt = released.length < globalPerS ? 0 : (released[0] ?? 0) + 1000 + marginMs;
        const at = Math.max(chatNext.get(chatId) ?? 0, windowAt, (released.at(-1) ?? 0) + minGapMs);
        if (at <= t) {
          released.push(t);
          if (released.length > globalPerS) released.shift();
          chatNext.set(chatId, t + chatGapMs);
          if (chatNext.size > 10_000) for (const [id, next] of chatNext) if (next <= t) chatNext.delete(id);
          return;
        }
        await sleep(at - t);
      }
    },
  };
}
export type Throttle = ReturnType<typeof createThrottle>;
