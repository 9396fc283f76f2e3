import {
  type PoolSourceInput,
  PoolSourceInput as PoolSourceInputSchema,
  type TestSourceResult,
} from '@codepool/shared';
import type { SupplierSourceRow } from '../../../db/schema/index.ts';
import { uuidv7 } from '../../../lib/ids.ts';
import { type AdapterSource, SupplierError } from '../../../suppliers/adapter.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { type ServiceContext, sellerId } from '../../context.ts';
import { NotFoundError, PreconditionFailedError, ValidationError } from '../../errors.ts';
import { findSellerPool } from '../../pools/find-seller-pool.ts';
import { adapterOf } from './adapter-of.ts';
import { adapterSourceOf, sourceOfPool } from './load-source.ts';
import { storeQuote } from './store-quote.ts';

/**
 * "Test connection": asks the supplier for the product's price and availability, with the
 * settings in the body (before they are saved; credentials left out are the saved ones) or
 * the saved source. A refusal is an answer, not an error: `ok:false` with its kind and the
 * adapter's message (adapters never put credentials in one). When what was tested is the
 * saved source, its quote snapshot is refreshed.
 */
export async function testSource(
  ctx: ServiceContext,
  { poolId, input }: { poolId: string; input?: PoolSourceInput | undefined },
): Promise<TestSourceResult> {
  await findSellerPool(ctx.db, sellerId(ctx), poolId);
  const saved = await sourceOfPool(ctx.db, poolId);
  const config = input === undefined ? null : PoolSourceInputSchema.parse(input);
  if (config?.mode === 'stock') throw new ValidationError('a pool selling its own stock has no supplier to test');
  if (!config && !saved) throw new NotFoundError('supplier source');

  let source: AdapterSource;
  let maxUnitCost: number;
  let storesQuote: boolean;
  if (config) {
    const baseUrl = (config.baseUrl ?? ctx.settings.suppliers.kinguinBaseUrl).replace(/\/+$/, '');
    const sameKind = saved?.kind === config.kind;
    const credentials = config.credentials ?? (saved && sameKind ? adapterSourceOf(ctx, saved).credentials : null);
    if (!credentials || Object.keys(credentials).length === 0)
      throw new PreconditionFailedError('enter the supplier credentials to test this source');
    source = {
      id: saved && sameKind ? saved.id : uuidv7(),
      kind: config.kind,
      productId: config.productId,
      baseUrl,
      currency: config.currency,
      credentials,
    };
    maxUnitCost = config.maxUnitCost;
    storesQuote =
      !!saved &&
      sameKind &&
      saved.productId === config.productId &&
      saved.baseUrl === baseUrl &&
      saved.currency === config.currency &&
      // New credentials that work say nothing yet about the saved ones.
      (config.credentials === undefined || sameCredentials(ctx, saved, config.credentials));
  } else if (saved) {
    source = adapterSourceOf(ctx, saved);
    if (Object.keys(source.credentials).length === 0)
      throw new PreconditionFailedError('enter the supplier credentials to test this source');
    maxUnitCost = saved.maxUnitCost;
    storesQuote = true;
  } else throw new NotFoundError('supplier source');

  let result: TestSourceResult;
  try {
    const adapter = adapterOf(ctx, source);
    const quote = await adapter.quote();
    result = { ok: true, quote, withinCap: quote.unitCost !== null && quote.unitCost <= maxUnitCost };
  } catch (e) {
    if (e instanceof SupplierError) result = { ok: false, error: { kind: e.kind, message: e.message } };
    else {
      // Not the supplier's answer but ours: logged by name only (a message might quote a request).
      ctx.log.warn({ err: { name: e instanceof Error ? e.name : typeof e }, poolId }, 'supplier test failed');
      result = { ok: false, error: { kind: 'error', message: 'the supplier could not be asked; try again later' } };
    }
  }

  const stored =
    result.ok && storesQuote && saved ? await storeQuote(ctx.db, { sourceId: saved.id, quote: result.quote }) : false;
  await recordAudit(
    ctx.db,
    ctx.actor,
    'supplier.quote',
    { type: 'pool', id: poolId },
    {
      sourceId: saved?.id ?? null,
      kind: source.kind,
      ok: result.ok,
      ...(result.ok
        ? { available: result.quote.available, unitCost: result.quote.unitCost, withinCap: result.withinCap, stored }
        : { error: result.error.kind }),
    },
    ctx.origin,
  );
  return result;
}

/** Whether the credentials typed in are the ones saved (compared opened, in this process only). */
function sameCredentials(ctx: ServiceContext, saved: SupplierSourceRow, given: Record<string, string>): boolean {
  const opened = adapterSourceOf(ctx, saved).credentials;
  const keys = new Set([...Object.keys(opened), ...Object.keys(given)]);
  return [...keys].every((k) => opened[k] === given[k]);
}
