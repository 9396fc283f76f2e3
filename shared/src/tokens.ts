import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { ApiTokenScope } from './enums.ts';

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  scopes: z.array(ApiTokenScope),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateApiTokenInput = z.strictObject({
  name: z.string().trim().min(1).max(60),
  scopes: z.array(ApiTokenScope).min(1).optional(),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

/** The token itself is in this answer only; afterwards only its name and use are known. */
export const CreatedApiToken = z.object({ token: z.string(), apiToken: ApiToken });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;
