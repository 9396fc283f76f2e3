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

/**
 * A header cell longer than this is not a column name (the longest alias above has 14
 * characters, a field name 32); it folds to `''` like a blank cell. Mapping names share the cap.
 */
export const MAX_HEADER_LENGTH = 100;

const isAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * `Code (16 chars)` → `code`, `E-Mail` → `e_mail`, `Card No.` → `card_no`: lower-cased, a
 * bracketed or parenthesised remark dropped, every run of other characters one `_`, none at
 * the ends. One pass, linear in the cell: each bracket looks for its closing partner at most
 * once, and a partner found absent is remembered as absent for the rest of the cell (a
 * regular expression with `[^)]*` rescans to the end from every `(`: 200,000 of them took
 * 36 s). Over-long cells are refused before any of it.
 */
export function normaliseHeader(name: string): string {
  if (name.length > MAX_HEADER_LENGTH) return '';
  const s = name.toLowerCase();
  let out = '';
  let gap = false;
  let noParen = false;
  let noBracket = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c === 0x28 && !noParen) || (c === 0x5b && !noBracket)) {
      const close = s.indexOf(c === 0x28 ? ')' : ']', i + 1);
      if (close >= 0) {
        gap = true;
        i = close;
        continue;
      }
      if (c === 0x28) noParen = true;
      else noBracket = true;
    }
    if (!isAlnum(c)) {
      gap = true;
      continue;
    }
    if (gap && out !== '') out += '_';
    gap = false;
    out += s[i];
  }
  return out;
}

/** The canonical name a folded header stands for (`login` → `username`), if any. */
export function canonicalHeader(normalised: string): string | undefined {
  return CANONICAL.get(normalised);
}
