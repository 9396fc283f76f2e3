import {
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
  REQUEST_STATUSES,
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

export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});
