import { Composer } from 'grammy';
import { createLoginToken } from '../../domain/auth/login-links.ts';
import type { BotContext } from '../context.ts';

/** /dashboard: a one-time sign-in link for the web dashboard (10 minutes, single use). Behind the seller filter. */
export function dashboardFeature({ publicUrl }: { publicUrl: () => string }) {
  const feature = new Composer<BotContext>();
  feature.command('dashboard', async (ctx) => {
    const token = await createLoginToken(ctx.deps, { userId: ctx.user.id });
    await ctx.reply(ctx.t('bot-dashboard-link', { url: `${publicUrl()}/api/auth/login?token=${token}` }), {
      link_preview_options: { is_disabled: true },
    });
  });
  return feature;
}
