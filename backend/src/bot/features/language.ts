import { Composer, InlineKeyboard } from 'grammy';
import { chooseLocale } from '../../domain/users/choose-locale.ts';
import { AVAILABLE_LOCALES } from '../../i18n/catalogues.ts';
import type { BotContext } from '../context.ts';
import { commandsIn, SELLER_COMMAND_NAMES } from './help.ts';
import { asBuyer } from './shared.ts';

const LANGUAGE_BUTTON = /^lang:([A-Za-z-]{2,35}|auto)$/;

/** A language named in itself: "English", "Русский". */
export function languageName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * /language: the user's own choice of language, or back to following Telegram's. Stored on the
 * user, so the Mini App, the dashboard and the notifications speak it too.
 */
export function languageFeature() {
  const feature = new Composer<BotContext>();
  feature.command('language', async (ctx) => {
    const keyboard = new InlineKeyboard();
    for (const locale of AVAILABLE_LOCALES) keyboard.text(languageName(locale), `lang:${locale}`).row();
    keyboard.text(ctx.t('bot-language-follow'), 'lang:auto');
    await ctx.reply(ctx.t('bot-language-prompt', { current: languageName(await ctx.i18n.getLocale()) }), {
      reply_markup: keyboard,
    });
  });
  feature.callbackQuery(LANGUAGE_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const wanted = ctx.match[1] === 'auto' ? null : (ctx.match[1] ?? null);
    ctx.user = await chooseLocale(asBuyer(ctx), { userId: ctx.user.id, locale: wanted });
    await ctx.i18n.renegotiateLocale();
    if (ctx.user.isSeller && ctx.chat) {
      await ctx.api.setMyCommands(commandsIn(ctx.t, SELLER_COMMAND_NAMES), {
        scope: { type: 'chat', chat_id: ctx.chat.id },
      });
      ctx.session.sellerCommandsLocale = await ctx.i18n.getLocale();
    }
    await ctx.reply(ctx.t(wanted === null ? 'bot-language-following' : 'bot-language-set'));
  });
  return feature;
}
