import {
  BUYER_LIMIT_PERIODS,
  CURRENCIES,
  DELIVERY_TYPES,
  DISPUTE_REASONS,
  DISPUTE_STATUSES,
  ESCROW_STATUSES,
  IMPORT_SOURCES,
  IMPORT_STATUSES,
  ITEM_STATUSES,
  LEDGER_KINDS,
  NORMALISATION_RULES,
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  POOL_SOURCE_MODES,
  REQUEST_STATUSES,
  SUPPLIER_KINDS,
  SUPPLIER_ORDER_PURPOSES,
  SUPPLIER_ORDER_STATUSES,
  SUPPLIER_SOURCE_STATUSES,
} from '@codepool/shared';
import { customType, pgEnum } from 'drizzle-orm/pg-core';

export const deliveryType = pgEnum('delivery_type', DELIVERY_TYPES);
export const itemStatus = pgEnum('item_status', ITEM_STATUSES);
export const requestStatus = pgEnum('request_status', REQUEST_STATUSES);
export const escrowStatus = pgEnum('escrow_status', ESCROW_STATUSES);
export const importSource = pgEnum('import_source', IMPORT_SOURCES);
export const importStatus = pgEnum('import_status', IMPORT_STATUSES);
export const notificationStatus = pgEnum('notification_status', NOTIFICATION_STATUSES);
export const notificationKind = pgEnum('notification_kind', NOTIFICATION_KINDS);
export const normalisationRule = pgEnum('normalisation_rule', NORMALISATION_RULES);
export const currency = pgEnum('currency', CURRENCIES);
export const disputeReason = pgEnum('dispute_reason', DISPUTE_REASONS);
export const disputeStatus = pgEnum('dispute_status', DISPUTE_STATUSES);
export const ledgerKind = pgEnum('ledger_kind', LEDGER_KINDS);
/** A supplier source's mode: `stock` is the absence of a source, so it has no row. */
export const supplierMode = pgEnum(
  'supplier_mode',
  POOL_SOURCE_MODES.filter((m): m is Exclude<(typeof POOL_SOURCE_MODES)[number], 'stock'> => m !== 'stock') as [
    'on_demand',
    'backfill',
  ],
);
export const supplierKind = pgEnum('supplier_kind', SUPPLIER_KINDS);
export const supplierSourceStatus = pgEnum('supplier_source_status', SUPPLIER_SOURCE_STATUSES);
export const supplierOrderStatus = pgEnum('supplier_order_status', SUPPLIER_ORDER_STATUSES);
export const supplierOrderPurpose = pgEnum('supplier_order_purpose', SUPPLIER_ORDER_PURPOSES);

export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});
export const buyerLimitPeriod = pgEnum('buyer_limit_period', BUYER_LIMIT_PERIODS);
