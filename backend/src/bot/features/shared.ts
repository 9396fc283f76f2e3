import { InlineKeyboard } from 'grammy';
import { type Actor, type ServiceContext, withActor } from '../../domain/context.ts';
import type { BotContext } from '../context.ts';

export function asSeller(ctx: BotContext): ServiceContext {
  const actor: Actor = { type: 'seller', userId: ctx.user.id };
  return withActor(ctx.deps, actor);
}

export function asBuyer(ctx: BotContext): ServiceContext {
  return withActor(ctx.deps, { type: 'buyer', userId: ctx.user.id });
}

/** The words after a command: `/stock My pool` → "My pool". */
export function argsOf(ctx: BotContext): string {
  return typeof ctx.match === 'string' ? ctx.match.trim() : '';
}

/**
 * Splits off the last whitespace-separated word, in one pass from the end: `/^(.+)\s+(\w+)$/`
 * backtracks quadratically over a long run of spaces, and a command's arguments are a seller's text.
 */
export function splitLastWord(text: string): [rest: string, last: string] | null {
  const trimmed = text.trim();
  let i = trimmed.length - 1;
  while (i >= 0 && !/\s/.test(trimmed.charAt(i))) i--;
  if (i < 0) return null;
  return [trimmed.slice(0, i).trim(), trimmed.slice(i + 1)];
}

/** A button that opens the Mini App at a start parameter, or null when the app has no https URL. */
export function appButton(ctx: BotContext, label: string, param: string): InlineKeyboard | null {
  return ctx.miniAppUrl ? new InlineKeyboard().webApp(label, `${ctx.miniAppUrl}?startapp=${param}`) : null;
}

/**
 * The filter the seller features run behind (create-bot). An update without a sender (the user
 * middleware lets one through without `ctx.user`) is nobody's, so no seller's either.
 */
export const isSeller = (ctx: BotContext): boolean => ctx.user?.isSeller === true;
