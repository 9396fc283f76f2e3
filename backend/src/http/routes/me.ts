import { Me, UpdateMeInput } from '@codepool/shared';
import { ForbiddenError } from '../../domain/errors.ts';
import { becomeSeller } from '../../domain/users/become-seller.ts';
import { chooseLocale } from '../../domain/users/choose-locale.ts';
import { toMeResponse } from '../../domain/users/me-response.ts';
import { type RouteKit, route } from '../route.ts';

export function meRoutes(kit: RouteKit) {
  route(
    kit,
    { tag: 'me', auth: 'user', method: 'get', path: '/me', summary: 'Who you are', response: Me },
    async ({ caller }) => toMeResponse(caller!.user),
  );
  route(
    kit,
    {
      tag: 'me',
      auth: 'user',
      method: 'patch',
      path: '/me',
      summary: "Choose your language (null follows Telegram's)",
      body: UpdateMeInput,
      response: Me,
    },
    async ({ ctx, caller, body }) =>
      toMeResponse(await chooseLocale(ctx, { userId: caller!.user.id, locale: body.locale })),
  );
  route(
    kit,
    {
      tag: 'me',
      auth: 'user',
      method: 'post',
      path: '/me/seller',
      summary: 'Open a shop: become a seller',
      response: Me,
    },
    async ({ ctx, caller }) => {
      if (caller?.via !== 'tma') throw new ForbiddenError('open a shop from the Telegram Mini App');
      return toMeResponse(await becomeSeller(ctx, { userId: caller.user.id }));
    },
  );
}
