/**
 * The header names suppliers use, folded to one canonical name each. The import pipeline
 * maps columns with it, and the dashboard's preview guesses the same mapping before upload.
 */
const HEADER_ALIASES: Record<string, string[]> = {
  code: ['code', 'codes', 'gift_code', 'giftcard', 'gift_card', 'card', 'card_number', 'card_no', 'voucher', 'coupon'],
  key: [
    'key',
    'keys',
    'license',
    'licence',
    'license_key',
    'product_key',
    'cd_key',
    'activation_key',
    'serial',
    'serial_key',
    'serial_number',
  ],
  pin: ['pin', 'pin_code', 'pincode'],
  username: ['username', 'user', 'user_name', 'login', 'account'],
  password: ['password', 'pass', 'passwd', 'pwd'],
  email: ['email', 'e_mail', 'mail'],
  notes: ['notes', 'note', 'comment', 'comments'],
  value: ['value', 'amount', 'denomination', 'face_value', 'balance'],
  expires_at: ['expires_at', 'expiresat', 'expiry', 'expiry_date', 'expiration', 'expiration_date', 'valid_until'],
  cost: ['cost', 'price', 'purchase_price', 'buy_price'],
  supplier: ['supplier', 'vendor', 'provider'],
  ignore: ['ignore', 'skip'],
};

const CANONICAL = new Map(
  Object.entries(HEADER_ALIASES).flatMap(([canonical, names]) => names.map((n) => [n, canonical] as const)),
);

/** `Code (16 chars)` → `code`, `E-Mail` → `e_mail`, `Card No.` → `card_no`. */
export function normaliseHeader(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The canonical name a folded header stands for (`login` → `username`), if any. */
export function canonicalHeader(normalised: string): string | undefined {
  return CANONICAL.get(normalised);
}
