import { Me } from '@codepool/shared';
import type { UserRow } from '../../db/schema/index.ts';
import { ForbiddenError } from '../../domain/errors.ts';
import { becomeSeller } from '../../domain/users/become-seller.ts';
import { type RouteKit, route } from '../route.ts';

const toMe = (u: UserRow): Me => ({
  id: u.id,
  telegramId: String(u.telegramId),
  firstName: u.firstName,
  username: u.username,
  isSeller: u.isSeller,
});

export function meRoutes(kit: RouteKit) {
  route(
    kit,
    { tag: 'me', auth: 'user', method: 'get', path: '/me', summary: 'Who you are', response: Me },
    async ({ caller }) => toMe(caller!.user),
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
      return toMe(await becomeSeller(ctx, { userId: caller.user.id }));
    },
  );
}
