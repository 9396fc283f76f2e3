import type { Me } from '@codepool/shared';
import type { UserRow } from '../../db/schema/index.ts';
import { localeOf } from '../../i18n/catalogues.ts';

/** A user as they see themselves: `GET /me`, and the answer to opening a shop. */
export function toMeResponse(u: UserRow): Me {
  return {
    id: u.id,
    telegramId: String(u.telegramId),
    firstName: u.firstName,
    username: u.username,
    isSeller: u.isSeller,
    locale: localeOf(u),
    localeChoice: u.locale,
  };
}
