import {
  type PoolSource,
  PoolSourceInput,
  type PoolSourceMode,
  SupplierCurrency,
  type SupplierKind,
} from '@codepool/shared';
import type { Translator } from '@codepool/shared/i18n';
import type { z } from 'zod';
import { formatAmount, formatMoney, parseMoney } from './money.ts';

/** Who reads the form: amounts are written, and field errors said, in their language. */
type Reader = Pick<Translator, 'locale' | 't'>;

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

/**
 * The saved source as the form shows it, amounts as the reader writes them; credentials are
 * never sent back, so that field starts empty.
 */
export function formFromSource(source: PoolSource, reader: Pick<Translator, 'locale'>): SourceForm {
  if (source.mode === 'stock') return EMPTY_SOURCE_FORM;
  return {
    mode: source.mode,
    kind: source.kind,
    productId: source.productId,
    // Kinguin's default is shown as the placeholder, not as a value the seller seems to have typed.
    baseUrl: source.kind === 'kinguin' && source.baseUrl === KINGUIN_DEFAULT_BASE_URL ? '' : source.baseUrl,
    maxUnitCost: formatAmount(source.maxUnitCost, source.currency, reader),
    currency: source.currency,
    waitMinutes: String(source.waitMinutes),
    backfillThreshold: String(source.backfillThreshold),
    backfillQuantity: String(source.backfillQuantity),
    dailySpendCap: formatAmount(source.dailySpendCap, source.currency, reader),
    credential: '',
  };
}

/** The saved settings sent back unchanged: how a paused source is resumed. */
export function inputFromSource(source: PoolSource, i18n: Reader): PoolSourceInput {
  const mapped = sourceInputFromForm(formFromSource(source, i18n), { credentialsSet: true, i18n });
  if (!mapped.ok) throw new Error('the saved source does not map back to its input');
  return mapped.input;
}

export type MappedSource = { ok: true; input: PoolSourceInput } | { ok: false; errors: SourceFormErrors };

const WHOLE = /^\d{1,10}$/;
const MONEY_FIELDS: ReadonlySet<SourceFormField> = new Set(['maxUnitCost', 'dailySpendCap']);

/**
 * A schema issue in the reader's words. The shared schema's own messages are English, so its
 * bounds are read from the issue and worded here; an issue this does not know is said plainly.
 */
function issueMessage(issue: z.core.$ZodIssue, field: SourceFormField, currency: string, { locale, t }: Reader) {
  const money = MONEY_FIELDS.has(field);
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? t('dash-source-error-needed') : t('dash-source-error-min-length', { min });
      return money
        ? t('dash-source-error-min-money', { amount: formatMoney(min, currency, { locale }) })
        : t('dash-source-error-min', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return t('dash-source-error-max-length', { max });
      return money
        ? t('dash-source-error-max-money', { amount: formatMoney(max, currency, { locale }) })
        : t('dash-source-error-max', { max });
    }
    case 'invalid_format':
      // The only patterns past the currency (checked first) are the product id's and the secret's.
      return issue.format === 'url' ? t('dash-source-error-url') : t('dash-source-error-printable');
    case 'custom':
      // The URL's one refinement: no user:password@ in it.
      return field === 'baseUrl' ? t('dash-source-error-url-credentials') : t('dash-source-error-invalid');
    default:
      return t('dash-source-error-invalid');
  }
}

/**
 * The form → the PUT (or test) body. Field errors are said here, next to the field, before
 * the server is asked, in the reader's language (`i18n`); the shared schema has the last word
 * on bounds so the two cannot drift.
 * `credentialsSet`: the saved source already has credentials, so an empty field keeps them.
 */
export function sourceInputFromForm(
  form: SourceForm,
  { credentialsSet, i18n }: { credentialsSet: boolean; i18n: Reader },
): MappedSource {
  if (form.mode === 'stock') return { ok: true, input: { mode: 'stock' } };
  const { t } = i18n;
  const errors: SourceFormErrors = {};
  const currency = form.currency.trim().toUpperCase();
  if (!SupplierCurrency.safeParse(currency).success) errors.currency = t('dash-source-error-currency');

  const money = (field: 'maxUnitCost' | 'dailySpendCap'): number | undefined => {
    if (errors.currency) return undefined;
    const parsed = parseMoney(form[field], currency, t);
    if (!parsed.ok) errors[field] = parsed.message;
    else if (field === 'maxUnitCost' && parsed.minor < 1) errors[field] = t('dash-source-error-positive');
    return parsed.ok ? parsed.minor : undefined;
  };
  const whole = (field: 'waitMinutes' | 'backfillThreshold' | 'backfillQuantity'): number | undefined => {
    const text = form[field].trim();
    if (!WHOLE.test(text)) errors[field] = t('dash-source-error-whole');
    return WHOLE.test(text) ? Number(text) : undefined;
  };

  const credential = form.credential.trim();
  if (!credential && !credentialsSet) {
    errors.credential = form.kind === 'kinguin' ? t('dash-source-error-api-key') : t('dash-source-error-secret');
  }
  const baseUrl = form.baseUrl.trim();
  if (!baseUrl && form.kind === 'seller_server') errors.baseUrl = t('dash-source-error-base-url');

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
      if (field && field in form && checked && !errors[field])
        errors[field] = issueMessage(issue, field, currency, i18n);
    }
    // An issue that names no field of the form; say something rather than nothing.
    if (Object.keys(errors).length === 0) errors.mode = t('dash-source-error-check');
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The body passed the schema; the input type (before defaults) is what is sent.
  return { ok: true, input: body as PoolSourceInput };
}
