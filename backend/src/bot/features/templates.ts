import type { Pool, Template, Variant } from '@codepool/shared';
import { Composer, InlineKeyboard } from 'grammy';
import { listPools } from '../../domain/pools/list-pools.ts';
import { listTemplates } from '../../domain/templates/list-templates.ts';
import { updateTemplate } from '../../domain/templates/update-template.ts';
import { updateVariant } from '../../domain/templates/update-variant.ts';
import type { BotContext } from '../context.ts';
import { asSeller } from './shared.ts';

/** The bot's translate function, in the update's language. */
type Translate = BotContext['t'];

export const BIND_BUTTON = /^bind:([0-9a-f-]{36})$/;
export const BIND_VARIANT_BUTTON = /^bindv:([0-9a-f-]{36})$/;
export const BIND_TO_BUTTON = /^bindto:([0-9a-f-]{36}|none)$/;

/** "37 / 100 sold, 63 left" under a cap, "37 sold" without one. */
function soldLine(t: Translate, sold: number, cap: number | null): string {
  return cap === null ? t('bot-sold', { sold }) : t('bot-sold-of-cap', { sold, cap, left: Math.max(0, cap - sold) });
}

function sourceOf(t: Translate, poolId: string | null, available: number | null, poolName: Map<string, string>) {
  return poolId
    ? t('bot-from-pool', { pool: poolName.get(poolId) ?? t('bot-a-pool'), available: available ?? 0 })
    : t('bot-manual-delivery');
}

function limitsOf(t: Translate, v: Variant): string {
  const parts = [];
  if (v.minPerOrder > 1 || v.maxPerOrder > 1)
    parts.push(t('bot-per-order', { min: v.minPerOrder, max: v.maxPerOrder }));
  if (v.buyerLimit) parts.push(t('bot-per-buyer', { count: v.buyerLimit.count, period: v.buyerLimit.period }));
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

const yes = (b: boolean) => (b ? 'yes' : 'no');

/** A listing as /templates shows it: the listing's line, then one line per variant when it has several. */
function templateLines(t: Translate, l: Template, poolName: Map<string, string>): string {
  const [only] = l.variants;
  if (l.variants.length === 1 && only) {
    const details = `, ${sourceOf(t, only.poolId, only.available, poolName)} · ${soldLine(t, l.soldCount, l.maxQuantity ?? only.maxQuantity)}${limitsOf(t, only)}`;
    return t('bot-template-line', { active: yes(l.active), title: l.title, price: only.price, details });
  }
  const head = t('bot-template-line', {
    active: yes(l.active),
    title: l.title,
    price: l.price,
    details: `${t('bot-template-from')} · ${soldLine(t, l.soldCount, l.maxQuantity)}`,
  });
  const variants = l.variants.map((v) =>
    t('bot-variant-line', {
      active: yes(v.active),
      title: v.title,
      price: v.price,
      details: `${sourceOf(t, v.poolId, v.available, poolName)} · ${soldLine(t, v.soldCount, v.maxQuantity)}${limitsOf(t, v)}`,
    }),
  );
  return [head, ...variants].join('\n');
}

/** /templates and /bind: which listing (and variant) sells from which pool. Behind the seller filter. */
export function templatesFeature() {
  const feature = new Composer<BotContext>();

  feature.command('templates', async (ctx) => {
    const [templates, pools] = await Promise.all([listTemplates(asSeller(ctx)), listPools(asSeller(ctx))]);
    if (templates.length === 0) return void (await ctx.reply(ctx.t('bot-no-templates')));
    const poolName = new Map(pools.map((p) => [p.id, p.name]));
    await ctx.reply(templates.map((l) => templateLines(ctx.t, l, poolName)).join('\n'));
  });

  feature.command('bind', async (ctx) => {
    const templates = await listTemplates(asSeller(ctx));
    if (templates.length === 0) return void (await ctx.reply(ctx.t('bot-no-templates')));
    const keyboard = new InlineKeyboard();
    for (const t of templates) keyboard.text(t.title, `bind:${t.id}`).row();
    await ctx.reply(ctx.t('bot-choose-template'), { reply_markup: keyboard });
  });

  const askPool = async (ctx: BotContext, pools: Pool[]) => {
    const keyboard = new InlineKeyboard();
    for (const p of pools) keyboard.text(p.name, `bindto:${p.id}`).row();
    keyboard.text(ctx.t('bot-bind-no-pool'), 'bindto:none');
    await ctx.reply(ctx.t('bot-choose-pool'), { reply_markup: keyboard });
  };

  feature.callbackQuery(BIND_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const templateId = ctx.match[1] ?? '';
    const [pools, templates] = await Promise.all([listPools(asSeller(ctx)), listTemplates(asSeller(ctx))]);
    if (pools.length === 0) return void (await ctx.reply(ctx.t('bot-no-pools')));
    const template = templates.find((t) => t.id === templateId);
    // Callback data is at most 64 bytes: keep the listing in the session, the pool in the button.
    ctx.session.step = { kind: 'bind', templateId };
    if (template && template.variants.length > 1) {
      const keyboard = new InlineKeyboard();
      for (const v of template.variants) keyboard.text(v.title, `bindv:${v.id}`).row();
      return void (await ctx.reply(ctx.t('bot-choose-variant-to-bind'), { reply_markup: keyboard }));
    }
    await askPool(ctx, pools);
  });

  feature.callbackQuery(BIND_VARIANT_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const step = ctx.session.step;
    if (step?.kind !== 'bind') return void (await ctx.reply(ctx.t('bot-usage', { usage: '/bind' })));
    ctx.session.step = { kind: 'bind', templateId: step.templateId, variantId: ctx.match[1] ?? '' };
    await askPool(ctx, await listPools(asSeller(ctx)));
  });

  feature.callbackQuery(BIND_TO_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const step = ctx.session.step;
    if (step?.kind !== 'bind') return void (await ctx.reply(ctx.t('bot-usage', { usage: '/bind' })));
    delete ctx.session.step;
    const poolId = ctx.match[1] === 'none' ? null : (ctx.match[1] ?? null);
    const template = step.variantId
      ? await updateVariant(asSeller(ctx), { templateId: step.templateId, variantId: step.variantId, poolId })
      : await updateTemplate(asSeller(ctx), { templateId: step.templateId, defaultPoolId: poolId });
    const variant = template.variants.find((v) => v.id === step.variantId);
    const pools = await listPools(asSeller(ctx));
    await ctx.reply(
      ctx.t('bot-bound', {
        title: variant ? `${template.title} · ${variant.title}` : template.title,
        pool: pools.find((p) => p.id === poolId)?.name ?? ctx.t('bot-manual-delivery'),
      }),
    );
  });

  return feature;
}
