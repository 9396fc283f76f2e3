import { DELIVERY_TYPES, DeliveryType, type Pool, type PoolSource } from '@codepool/shared';
import { Composer, InlineKeyboard } from 'grammy';
import { createPool } from '../../domain/pools/create-pool.ts';
import { getPool } from '../../domain/pools/get-pool.ts';
import { listPools } from '../../domain/pools/list-pools.ts';
import { updatePool } from '../../domain/pools/update-pool.ts';
import { getSource } from '../../domain/suppliers/sources/get-source.ts';
import type { BotContext } from '../context.ts';
import { argsOf, asSeller, splitLastWord } from './shared.ts';

export async function findPoolByName(ctx: BotContext, name: string): Promise<Pool | null> {
  const pools = await listPools(asSeller(ctx));
  const wanted = name.trim().toLowerCase();
  return pools.find((p) => p.name.toLowerCase() === wanted) ?? null;
}

const stockLine = (ctx: BotContext, p: Pool) => ctx.t('bot-stock-line', { pool: p.name, ...p.stock });

/** A supplier-backed pool's source in /stock: "from Kinguin · on demand · paused". */
function sourceLine(ctx: BotContext, source: Exclude<PoolSource, { mode: 'stock' }>) {
  const status =
    source.status !== 'paused'
      ? ctx.t('bot-source-active')
      : source.pausedReason
        ? ctx.t('bot-source-paused-because', { reason: source.pausedReason })
        : ctx.t('bot-source-paused');
  return [ctx.t(`bot-source-${source.kind}`), ctx.t(`bot-source-${source.mode}`), status].join(' · ');
}

function details(ctx: BotContext, pool: Pool, source: PoolSource | null = null) {
  const lines = [stockLine(ctx, pool)];
  if (source && source.mode !== 'stock') lines.push(sourceLine(ctx, source));
  if (pool.stock.expired + pool.stock.invalid > 0) lines.push(ctx.t('bot-stock-expired', pool.stock));
  lines.push(ctx.t('bot-stock-alert', { threshold: pool.lowStockThreshold }));
  if (pool.pausedAt)
    lines.push(ctx.t('bot-stock-paused', { reason: pool.pausedReason ?? ctx.t('bot-stock-paused-by-seller') }));
  return lines.join('\n');
}

export const POOL_BUTTON = /^pool:([0-9a-f-]{36})$/;

/** /pools, /stock, /threshold, /newpool: the seller's stock at a glance and its settings. Behind the seller filter. */
export function poolsFeature() {
  const feature = new Composer<BotContext>();

  feature.command('pools', async (ctx) => {
    const pools = await listPools(asSeller(ctx));
    if (pools.length === 0) return void (await ctx.reply(ctx.t('bot-no-pools')));
    const keyboard = new InlineKeyboard();
    for (const p of pools) keyboard.text(p.name, `pool:${p.id}`).row();
    await ctx.reply(pools.map((p) => stockLine(ctx, p)).join('\n'), { reply_markup: keyboard });
  });

  feature.callbackQuery(POOL_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const pool = await getPool(asSeller(ctx), { poolId: ctx.match[1] ?? '' });
    const source = pool.source === 'stock' ? null : await getSource(asSeller(ctx), { poolId: pool.id });
    await ctx.reply(details(ctx, pool, source), {
      reply_markup: new InlineKeyboard().text(ctx.t('bot-button-restock'), `restock:${pool.id}`),
    });
  });

  feature.command('stock', async (ctx) => {
    const name = argsOf(ctx);
    if (!name) return void (await ctx.reply(ctx.t('bot-usage', { usage: ctx.t('bot-usage-stock') })));
    const pool = await findPoolByName(ctx, name);
    if (!pool) return void (await ctx.reply(ctx.t('bot-pool-not-found', { name })));
    const source = pool.source === 'stock' ? null : await getSource(asSeller(ctx), { poolId: pool.id });
    await ctx.reply(details(ctx, pool, source));
  });

  feature.command('threshold', async (ctx) => {
    const split = splitLastWord(argsOf(ctx));
    if (!split?.[0] || !/^\d{1,7}$/.test(split[1]))
      return void (await ctx.reply(ctx.t('bot-usage', { usage: ctx.t('bot-usage-threshold') })));
    const [name, n] = split;
    const pool = await findPoolByName(ctx, name);
    if (!pool) return void (await ctx.reply(ctx.t('bot-pool-not-found', { name })));
    const updated = await updatePool(asSeller(ctx), { poolId: pool.id, lowStockThreshold: Number(n) });
    await ctx.reply(ctx.t('bot-threshold-set', { pool: updated.name, threshold: updated.lowStockThreshold }));
  });

  feature.command('newpool', async (ctx) => {
    const types = DELIVERY_TYPES.filter((t) => t !== 'custom').join('|');
    const usage = ctx.t('bot-usage', { usage: ctx.t('bot-usage-newpool', { types }) });
    // `<name> <type> [threshold]`, read from the end: the name may hold spaces and digits.
    let split = splitLastWord(argsOf(ctx));
    let threshold = 0;
    if (split && /^\d{1,7}$/.test(split[1])) {
      threshold = Number(split[1]);
      split = splitLastWord(split[0]);
    }
    const type = DeliveryType.safeParse(split?.[1]);
    if (!split?.[0] || !type.success || type.data === 'custom') return void (await ctx.reply(usage));
    const pool = await createPool(asSeller(ctx), {
      name: split[0],
      deliveryType: type.data,
      lowStockThreshold: threshold,
    });
    await ctx.reply(ctx.t('bot-pool-created', { name: pool.name, type: pool.deliveryType }));
  });

  return feature;
}
