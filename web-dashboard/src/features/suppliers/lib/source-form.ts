import {
  type PoolSource,
  PoolSourceInput,
  type PoolSourceMode,
  SupplierCurrency,
  type SupplierKind,
} from '@codepool/shared';
import { formatAmount, parseMoney } from './money.ts';

/** Kinguin's production gateway: what the backend uses when the base URL is left empty. */
export const KINGUIN_DEFAULT_BASE_URL = 'https://gateway.kinguin.net/esa/api';

/** The Source card's fields as typed: strings, so a half-typed amount is kept as it is. */
export type SourceForm = {
  mode: PoolSourceMode;
  kind: SupplierKind;
  productId: string;
  baseUrl: string;
  maxUnitCost: string;
  currency: string;
  waitMinutes: string;
  backfillThreshold: string;
  backfillQuantity: string;
  dailySpendCap: string;
  /** Kinguin's API key or the seller server's HMAC secret; empty keeps the saved one. */
  credential: string;
};

export type SourceFormField = keyof SourceForm;
export type SourceFormErrors = Partial<Record<SourceFormField, string>>;

export const EMPTY_SOURCE_FORM: SourceForm = {
  mode: 'stock',
  kind: 'kinguin',
  productId: '',
  baseUrl: '',
  maxUnitCost: '',
  currency: 'EUR',
  waitMinutes: '15',
  backfillThreshold: '5',
  backfillQuantity: '10',
  dailySpendCap: '',
  credential: '',
};

/** The saved source as the form shows it; credentials are never sent back, so that field starts empty. */
export function formFromSource(source: PoolSource): SourceForm {
  if (source.mode === 'stock') return EMPTY_SOURCE_FORM;
  return {
    mode: source.mode,
    kind: source.kind,
    productId: source.productId,
    // Kinguin's default is shown as the placeholder, not as a value the seller seems to have typed.
    baseUrl: source.kind === 'kinguin' && source.baseUrl === KINGUIN_DEFAULT_BASE_URL ? '' : source.baseUrl,
    maxUnitCost: formatAmount(source.maxUnitCost, source.currency),
    currency: source.currency,
    waitMinutes: String(source.waitMinutes),
    backfillThreshold: String(source.backfillThreshold),
    backfillQuantity: String(source.backfillQuantity),
    dailySpendCap: formatAmount(source.dailySpendCap, source.currency),
    credential: '',
  };
}

/** The saved settings sent back unchanged: how a paused source is resumed. */
export function inputFromSource(source: PoolSource): PoolSourceInput {
  const mapped = sourceInputFromForm(formFromSource(source), { credentialsSet: true });
  if (!mapped.ok) throw new Error('the saved source does not map back to its input');
  return mapped.input;
}

export type MappedSource = { ok: true; input: PoolSourceInput } | { ok: false; errors: SourceFormErrors };

const WHOLE = /^\d{1,10}$/;

/**
 * The form → the PUT (or test) body. Field errors are said here, next to the field, before
 * the server is asked; the shared schema has the last word on bounds so the two cannot drift.
 * `credentialsSet`: the saved source already has credentials, so an empty field keeps them.
 */
export function sourceInputFromForm(form: SourceForm, { credentialsSet }: { credentialsSet: boolean }): MappedSource {
  if (form.mode === 'stock') return { ok: true, input: { mode: 'stock' } };
  const errors: SourceFormErrors = {};
  const currency = form.currency.trim().toUpperCase();
  if (!SupplierCurrency.safeParse(currency).success) errors.currency = 'a three-letter code, like EUR';

  const money = (field: 'maxUnitCost' | 'dailySpendCap'): number | undefined => {
    if (errors.currency) return undefined;
    const parsed = parseMoney(form[field], currency);
    if (!parsed.ok) errors[field] = parsed.message;
    else if (field === 'maxUnitCost' && parsed.minor < 1) errors[field] = 'more than zero';
    return parsed.ok ? parsed.minor : undefined;
  };
  const whole = (field: 'waitMinutes' | 'backfillThreshold' | 'backfillQuantity'): number | undefined => {
    const text = form[field].trim();
    if (!WHOLE.test(text)) errors[field] = 'a whole number';
    return WHOLE.test(text) ? Number(text) : undefined;
  };

  const credential = form.credential.trim();
  if (!credential && !credentialsSet) {
    errors.credential = form.kind === 'kinguin' ? 'the API key is needed' : 'the shared secret is needed';
  }
  const baseUrl = form.baseUrl.trim();
  if (!baseUrl && form.kind === 'seller_server') errors.baseUrl = "your server's address is needed";

  const body: Record<string, unknown> = {
    mode: form.mode,
    kind: form.kind,
    productId: form.productId.trim(),
    maxUnitCost: money('maxUnitCost'),
    currency,
    waitMinutes: whole('waitMinutes'),
    ...(baseUrl ? { baseUrl } : {}),
    ...(credential ? { credentials: form.kind === 'kinguin' ? { apiKey: credential } : { secret: credential } } : {}),
  };
  if (form.mode === 'backfill') {
    body.backfillThreshold = whole('backfillThreshold');
    body.backfillQuantity = whole('backfillQuantity');
    body.dailySpendCap = money('dailySpendCap');
  }
  // The kind's own branch: a union that matches no branch names no field, and one wrong field
  // (a missing URL) must not hide the others.
  const branch = form.kind === 'kinguin' ? PoolSourceInput.options[1] : PoolSourceInput.options[2];
  const parsed = branch.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head] = issue.path;
      const field = (head === 'credentials' ? 'credential' : head) as SourceFormField | undefined;
      // A value left undefined was refused above, or waits on the currency: no second message.
      const checked = typeof head === 'string' && body[head] !== undefined;
      if (field && field in form && checked && !errors[field]) errors[field] = issue.message;
    }
    // An issue that names no field of the form; say something rather than nothing.
    if (Object.keys(errors).length === 0) errors.mode = parsed.error.issues[0]?.message ?? 'check the fields';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The body passed the schema; the input type (before defaults) is what is sent.
  return { ok: true, input: body as PoolSourceInput };
}
