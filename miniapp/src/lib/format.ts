/** Stars are whole units; the star sign is how Telegram writes them. */
export function formatStars(amount: number | null | undefined): string {
  const n = Number.isFinite(amount) ? Number(amount) : 0;
  return `⭐ ${n.toLocaleString('en-US')}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
