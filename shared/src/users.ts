import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { ApiTokenScope } from './enums.ts';

export const Me = z.object({
  id: Id,
  telegramId: z.string(),
  firstName: z.string(),
  username: z.string().nullable(),
  isSeller: z.boolean(),
});
export type Me = z.infer<typeof Me>;

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  scopes: z.array(ApiTokenScope),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
