import type { SupplierKind, SupplierQuote } from '@codepool/shared';

/**
 * What a supplier protocol must do for Codepool, whatever it speaks underneath. Adapters are
 * stateless and do no database work: the order engine (domain/suppliers/orders) records every
 * answer and decides what follows. Every call is bounded by `timeoutMs`; an adapter never
 * logs credentials or key contents.
 */
export interface SupplierAdapter {
  /** Price and availability of the source's product (Test connection, the scheduled snapshot). */
  quote(): Promise<SupplierQuote>;
  /**
   * Places an order keyed by `externalId`. Idempotent: when the supplier already has an order
   * with this id (a retry after a timeout), that order is recovered and returned; nothing is
   * bought twice. May answer `completed` at once (keys included).
   */
  place(input: PlaceInput): Promise<SupplierOrderState>;
  /**
   * The order's state now, keys included once completed. `null`: the supplier has no order
   * with this id (a place that never arrived), so placing it is safe.
   */
  status(ref: OrderRef): Promise<SupplierOrderState | null>;
}

export type PlaceInput = {
  externalId: string;
  quantity: number;
  /** Minor units of the source's currency; a supplier that prices above it must not fill the order. */
  maxUnitCost: number;
};

export type OrderRef = { externalId: string; supplierOrderId: string | null };

/** A key as the supplier sent it. Text keys are codes; image keys become image items (addFileItem). */
export type SupplierKey =
  | { kind: 'text'; code: string }
  | { kind: 'image'; contentType: string; bytes: Buffer; name: string };

type StateCommon = {
  supplierOrderId: string;
  /** Minor units of the source's currency, when the supplier says. */
  unitCost: number | null;
  totalCost: number | null;
  /** The supplier's own time of this state (Kinguin's `updatedAt`): orders events. */
  updatedAt: Date | null;
};

export type SupplierOrderState =
  | ({ state: 'processing' } & StateCommon)
  | ({ state: 'completed'; keys: SupplierKey[] } & StateCommon)
  | ({ state: 'canceled'; reason: string } & StateCommon);

/**
 * Why a call failed, in the engine's terms. `retryable` (timeouts, 5xx, connection errors,
 * Kinguin's retryable kinds) and `rate_limited` (429, with `retryAfterS` when the supplier
 * says) are tried again with backoff; the others end the order: `unavailable` (out of stock,
 * ProductUnavailable), `balance` (the seller's supplier account cannot pay), `price` (above
 * the highest accepted cost), `auth` (credentials refused), `rejected` (anything else the
 * supplier refuses for good).
 */
export const SUPPLIER_ERROR_KINDS = [
  'retryable',
  'rate_limited',
  'unavailable',
  'balance',
  'price',
  'auth',
  'rejected',
] as const;
export type SupplierErrorKind = (typeof SUPPLIER_ERROR_KINDS)[number];

export class SupplierError extends Error {
  constructor(
    readonly kind: SupplierErrorKind,
    message: string,
    readonly extra: { retryAfterS?: number; supplierCode?: string; status?: number } = {},
  ) {
    super(message);
    this.name = 'SupplierError';
  }

  get retryable(): boolean {
    return this.kind === 'retryable' || this.kind === 'rate_limited';
  }
}

/** A source as an adapter needs it: credentials opened, nothing else of the row. */
export type AdapterSource = {
  id: string;
  kind: SupplierKind;
  productId: string;
  baseUrl: string;
  currency: string;
  credentials: Record<string, string>;
};

export type AdapterOptions = {
  timeoutMs: number;
  /** `deny`: a base URL on a private network is refused before any call (suppliers/network-guard.ts). */
  privateNetworks?: 'allow' | 'deny';
  /** Where the supplier may post back (the seller server's callback URL for this source). */
  callbackUrl: string;
};

export type AdapterFactory = (source: AdapterSource, options: AdapterOptions) => SupplierAdapter;
