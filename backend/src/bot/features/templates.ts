import type { Pool, Template, Variant } from '@codepool/shared';
import { Composer, InlineKeyboard } from 'grammy';
import { listPools } from '../../domain/pools/list-pools.ts';
import { listTemplates } from '../../domain/templates/list-templates.ts';
import { updateTemplate } from '../../domain/templates/update-template.ts';
import { updateVariant } from '../../domain/templates/update-variant.ts';
import type { BotContext } from '../context.ts';
import { en } from '../texts.ts';
import { asSeller } from './shared.ts';

export const BIND_BUTTON = /^bind:([0-9a-f-]{36})$/;
export const BIND_VARIANT_BUTTON = /^bindv:([0-9a-f-]{36})$/;
export const BIND_TO_BUTTON = /^bindto:([0-9a-f-]{36}|none)$/;

/** "37 / 100 sold, 63 left" under a cap, "37 sold" without one. */
function soldLine(sold: number, cap: number | null): string {
  return cap === null ? `${sold} sold` : `${sold} / ${cap} sold, ${Math.max(0, cap - sold)} left`;
}

function sourceOf(poolId: string | null, available: number | null, poolName: Map<string, string>): string {
  return poolId ? `from ${poolName.get(poolId) ?? 'a pool'} (${available ?? 0} in stock)` : 'manual delivery';
}

function limitsOf(v: Variant): string {
  const parts = [];
  if (v.minPerOrder > 1 || v.maxPerOrder > 1) parts.push(`${v.minPerOrder}–${v.maxPerOrder} per order`);
  if (v.buyerLimit) parts.push(`max ${v.buyerLimit.count} ${en.limitPeriod(v.buyerLimit.period)} per buyer`);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

/** A listing as /templates shows it: the listing's line, then one line per variant when it has several. */
function templateLines(t: Template, poolName: Map<string, string>): string {
  const [only] = t.variants;
  if (t.variants.length === 1 && only) {
    return en.templateLine({
      active: t.active,
      title: t.title,
      price: only.price,
      sold: `, ${sourceOf(only.poolId, only.available, poolName)} · ${soldLine(t.soldCount, t.maxQuantity ?? only.maxQuantity)}${limitsOf(only)}`,
      variants: [],
    });
  }
  return en.templateLine({
    active: t.active,
    title: t.title,
    price: t.price,
    sold: ` (from) · ${soldLine(t.soldCount, t.maxQuantity)}`,
    variants: t.variants.map(
      (v) =>
        `   ${v.active ? '•' : '⏸'} ${v.title} — ${v.price} ⭐, ${sourceOf(v.poolId, v.available, poolName)} · ${soldLine(v.soldCount, v.maxQuantity)}${limitsOf(v)}`,
    ),
  });
}

/** /templates and /bind: which listing (and variant) sells from which pool. Behind the seller filter. */
export function templatesFeature() {
  const feature = new Composer<BotContext>();

  feature.command('templates', async (ctx) => {
    const [templates, pools] = await Promise.all([listTemplates(asSeller(ctx)), listPools(asSeller(ctx))]);
    if (templates.length === 0) return void (await ctx.reply(en.noTemplates));
    const poolName = new Map(pools.map((p) => [p.id, p.name]));
    await ctx.reply(templates.map((t) => templateLines(t, poolName)).join('\n'));
  });

  feature.command('bind', async (ctx) => {
    const templates = await listTemplates(asSeller(ctx));
    if (templates.length === 0) return void (await ctx.reply(en.noTemplates));
    const keyboard = new InlineKeyboard();
    for (const t of templates) keyboard.text(t.title, `bind:${t.id}`).row();
    await ctx.reply(en.chooseTemplate, { reply_markup: keyboard });
  });

  const askPool = async (ctx: BotContext, pools: Pool[]) => {
    const keyboard = new InlineKeyboard();
    for (const p of pools) keyboard.text(p.name, `bindto:${p.id}`).row();
    keyboard.text('No pool: deliver by hand', 'bindto:none');
    await ctx.reply(en.choosePool, { reply_markup: keyboard });
  };

  feature.callbackQuery(BIND_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const templateId = ctx.match[1] ?? '';
    const [pools, templates] = await Promise.all([listPools(asSeller(ctx)), listTemplates(asSeller(ctx))]);
    if (pools.length === 0) return void (await ctx.reply(en.noPools));
    const template = templates.find((t) => t.id === templateId);
    // Callback data is at most 64 bytes: keep the listing in the session, the pool in the button.
    ctx.session.step = { kind: 'bind', templateId };
    if (template && template.variants.length > 1) {
      const keyboard = new InlineKeyboard();
      for (const v of template.variants) keyboard.text(v.title, `bindv:${v.id}`).row();
      return void (await ctx.reply(en.chooseVariantToBind, { reply_markup: keyboard }));
    }
    await askPool(ctx, pools);
  });

  feature.callbackQuery(BIND_VARIANT_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const step = ctx.session.step;
    if (step?.kind !== 'bind') return void (await ctx.reply(en.usage('/bind')));
    ctx.session.step = { kind: 'bind', templateId: step.templateId, variantId: ctx.match[1] ?? '' };
    await askPool(ctx, await listPools(asSeller(ctx)));
  });

  feature.callbackQuery(BIND_TO_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const step = ctx.session.step;
    if (step?.kind !== 'bind') return void (await ctx.reply(en.usage('/bind')));
    delete ctx.session.step;
    const poolId = ctx.match[1] === 'none' ? null : (ctx.match[1] ?? null);
    const template = step.variantId
      ? await updateVariant(asSeller(ctx), { templateId: step.templateId, variantId: step.variantId, poolId })
      : await updateTemplate(asSeller(ctx), { templateId: step.templateId, defaultPoolId: poolId });
    const variant = template.variants.find((v) => v.id === step.variantId);
    const pools = await listPools(asSeller(ctx));
    await ctx.reply(
      en.bound(
        variant ? `${template.title} · ${variant.title}` : template.title,
        pools.find((p) => p.id === poolId)?.name ?? 'manual delivery',
      ),
    );
  });

  return feature;
}
