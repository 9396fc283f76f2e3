import { z } from 'zod';
import { Id } from './common.ts';

export const Me = z.object({
  id: Id,
  telegramId: z.string(),
  firstName: z.string(),
  username: z.string().nullable(),
  isSeller: z.boolean(),
});
export type Me = z.infer<typeof Me>;
