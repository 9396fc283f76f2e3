import { z } from 'zod';
import type { DeliveryType } from './enums.ts';

/** One named field of an item. Sensitive fields stay masked in clients until the buyer asks to see them. */
export const FieldDef = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'lower-case letters, digits and _ (max 32)'),
  label: z.string().min(1).max(60),
  required: z.boolean(),
  sensitive: z.boolean(),
});
export type FieldDef = z.infer<typeof FieldDef>;

/** The most fields an item has (a custom pool's limit; built-in types have fewer). */
export const MAX_FIELDS = 12;

/** A custom pool names its own fields; the first one is the primary field used for duplicates. */
export const CustomFields = z
  .array(FieldDef)
  .min(1)
  .max(MAX_FIELDS)
  .refine((fields) => new Set(fields.map((f) => f.name)).size === fields.length, 'field names must be unique')
  .refine((fields) => fields[0]?.required === true, 'the first field is the primary one and must be required');

const f = (name: string, label: string, required: boolean, sensitive: boolean): FieldDef => ({
  name,
  label,
  required,
  sensitive,
});

/** The field schema of every built-in delivery type; the first field is the primary one. */
export const BUILT_IN_FIELDS: Record<Exclude<DeliveryType, 'custom'>, FieldDef[]> = {
  code: [f('code', 'Code', true, true), f('pin', 'PIN', false, true), f('value', 'Value', false, false)],
  key: [f('key', 'Key', true, true)],
  account: [
    f('username', 'Username', true, false),
    f('password', 'Password', true, true),
    f('email', 'Email', false, false),
    f('notes', 'Notes', false, false),
  ],
  license: [
    f('key', 'License key', true, true),
    f('seats', 'Seats', false, false),
    f('expires', 'Expires', false, false),
  ],
  bundle: [f('contents', 'Contents', true, true), f('notes', 'Notes', false, false)],
  // A file or image item's primary content is its bytes; these are the text printed beside it.
  file: [f('pin', 'PIN', false, true), f('note', 'Note', false, false)],
  image: [f('pin', 'PIN', false, true), f('note', 'Note', false, false)],
};

export function fieldsFor(deliveryType: DeliveryType, custom: FieldDef[] | null | undefined): FieldDef[] {
  if (deliveryType === 'custom') return custom ?? [];
  return BUILT_IN_FIELDS[deliveryType];
}

export const MAX_FIELD_LENGTH = 4096;
