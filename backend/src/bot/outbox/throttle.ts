/**
 * Paces sends under Telegram's limits: at most `perChatPerS` messages a second to one
 * chat and `globalPerS` overall. `wait(chatId)` resolves when a send may go.
 */
export function createThrottle({ perChatPerS = 1, globalPerS = 30, now = () => Date.now() } = {}) {
  const chatNext = new Map<number, number>();
  const recent: number[] = [];
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  return {
    async wait(chatId: number): Promise<void> {
      for (;;) {
        const t = now();
        while (recent.length > 0 && (recent[0] ?? 0) <= t - 1000) recent.shift();
        const chatAt = chatNext.get(chatId) ?? 0;
        const globalAt = recent.length < globalPerS ? t : (recent[0] ?? t) + 1000;
        const at = Math.max(chatAt, globalAt);
        if (at <= t) {
          recent.push(t);
          chatNext.set(chatId, t + 1000 / perChatPerS);
          if (chatNext.size > 10_000) chatNext.clear();
          return;
        }
        await sleep(at - t);
      }
    },
  };
}
export type Throttle = ReturnType<typeof createThrottle>;
