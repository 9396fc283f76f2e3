import { z } from 'zod';

export const Id = z.uuid({ message: 'must be a UUID' });
export const IdParams = z.strictObject({ id: Id });
export type IdParams = z.infer<typeof IdParams>;

export const Timestamp = z.iso.datetime({ offset: true });

/** Cursor pagination: pass `nextCursor` back as `cursor` for the next page. */
export const PageQuery = z.strictObject({
  cursor: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: Id.nullable() });
}
