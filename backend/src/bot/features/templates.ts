import { Composer, InlineKeyboard } from 'grammy';
import { listPools } from '../../domain/pools/list-pools.ts';
import { listTemplates } from '../../domain/templates/list-templates.ts';
import { updateTemplate } from '../../domain/templates/update-template.ts';
import type { BotContext } from '../context.ts';
import { en } from '../texts.ts';
import { asSeller } from './shared.ts';

export const BIND_BUTTON = /^bind:([0-9a-f-]{36})$/;
export const BIND_TO_BUTTON = /^bindto:([0-9a-f-]{36}|none)$/;

/** /templates and /bind: which template sells from which pool. Behind the seller filter. */
export function templatesFeature() {
  const feature = new Composer<BotContext>();

  feature.command('templates', async (ctx) => {
    const [templates, pools] = await Promise.all([listTemplates(asSeller(ctx)), listPools(asSeller(ctx))]);
    if (templates.length === 0) return void (await ctx.reply(en.noTemplates));
    const poolName = new Map(pools.map((p) => [p.id, p.name]));
    const lines = templates.map((t) => {
      const source = t.defaultPoolId
        ? `from ${poolName.get(t.defaultPoolId) ?? 'a pool'} (${t.available} left)`
        : 'manual delivery';
      return `${t.active ? '🟢' : '⏸'} ${t.title} — ${t.price} ⭐, ${source}`;
    });
    await ctx.reply(lines.join('\n'));
  });

  feature.command('bind', async (ctx) => {
    const templates = await listTemplates(asSeller(ctx));
    if (templates.length === 0) return void (await ctx.reply(en.noTemplates));
    const keyboard = new InlineKeyboard();
    for (const t of templates) keyboard.text(t.title, `bind:${t.id}`).row();
    await ctx.reply(en.chooseTemplate, { reply_markup: keyboard });
  });

  feature.callbackQuery(BIND_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const pools = await listPools(asSeller(ctx));
    if (pools.length === 0) return void (await ctx.reply(en.noPools));
    const keyboard = new InlineKeyboard();
    // Callback data is at most 64 bytes: keep the template in the session, the pool in the button.
    ctx.session.step = { kind: 'bind', templateId: ctx.match[1] ?? '' };
    for (const p of pools) keyboard.text(p.name, `bindto:${p.id}`).row();
    keyboard.text('No pool: deliver by hand', 'bindto:none');
    await ctx.reply(en.choosePool, { reply_markup: keyboard });
  });

  feature.callbackQuery(BIND_TO_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const step = ctx.session.step;
    if (step?.kind !== 'bind') return void (await ctx.reply(en.usage('/bind')));
    delete ctx.session.step;
    const poolId = ctx.match[1] === 'none' ? null : (ctx.match[1] ?? null);
    const template = await updateTemplate(asSeller(ctx), { templateId: step.templateId, defaultPoolId: poolId });
    const pools = await listPools(asSeller(ctx));
    await ctx.reply(en.bound(template.title, pools.find((p) => p.id === poolId)?.name ?? 'manual delivery'));
  });

  return feature;
}
