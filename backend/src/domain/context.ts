import type { ServerEventName, ServerEvents } from '@codepool/shared';
import type { KeyRing } from '../crypto/keyring.ts';
import type { Db } from '../db/client.ts';
import { DbFileStore } from '../files/db-file-store.ts';
import { DEFAULT_FILE_LIMITS, type FileStorage } from '../files/file-store.ts';
import type { Logger } from '../lib/logger.ts';
import { ForbiddenError } from './errors.ts';
import type { ImportSlots } from './imports/import-slots.ts';
import type { PaymentGateway } from './payments/payment-gateway.ts';

export type Actor =
  | { type: 'seller'; userId: string }
  | { type: 'buyer'; userId: string }
  | { type: 'system'; job: string };

/** A credential a client connected with, which can end before its holder disconnects. */
export type Credential = { kind: 'dashboard_session' | 'api_token'; id: string };

/** Side effects after commit go through this port; socket.io is one implementation. */
export type EventSink = {
  toUser<E extends ServerEventName>(userId: string, event: E, payload: ServerEvents[E]): void;
  /** A session signed out or a token revoked: whatever is still connected with it is cut off. */
  credentialEnded?(credential: Credential): void;
};

export type Settings = {
  unpaidRequestTtlMin: number;
  /** Defaults; a seller may set their own. */
  disputeWindowH: number;
  disputeResponseH: number;
  invalidDisputeLimitPct: number;
  devFunding: boolean;
  /** How long a funded request may wait before the sweeper fulfills it again. */
  sweeperGraceS: number;
  /** Auto-pause needs invalid disputes from at least this many different buyers: one buyer is no pattern. */
  invalidDisputeMinBuyers: number;
  /** How many days of Telegram's Stars ledger each reconciliation compares. */
  reconcileLookbackDays: number;
  suppliers: SupplierSettings;
};

/** How supplier orders are driven (SUPPLIER_* variables). */
export type SupplierSettings = {
  kinguinBaseUrl: string;
  /** One supplier call's limit. */
  timeoutMs: number;
  /** Polls back off from pollMinS, doubling, capped at pollMaxS. */
  pollMinS: number;
  pollMaxS: number;
  /** Failed calls retried for one order before it is given up. */
  maxAttempts: number;
  /** Pause a source when pausePct of its last pauseWindow finished orders failed (at least pauseMinOrders). */
  pausePct: number;
  pauseWindow: number;
  pauseMinOrders: number;
  /** SUPPLIER_PRIVATE_NETWORKS: may a source's base URL point at a private address? */
  privateNetworks: 'allow' | 'deny';
};

export const DEFAULT_SUPPLIER_SETTINGS: SupplierSettings = {
  kinguinBaseUrl: 'https://gateway.kinguin.net/esa/api',
  timeoutMs: 10_000,
  pollMinS: 2,
  pollMaxS: 30,
  maxAttempts: 8,
  pausePct: 50,
  pauseWindow: 20,
  pauseMinOrders: 5,
  // Tests and the demo talk to suppliers on localhost; production denies (config.ts).
  privateNetworks: 'allow',
};

export const DEFAULT_SETTINGS: Settings = {
  unpaidRequestTtlMin: 30,
  disputeWindowH: 48,
  disputeResponseH: 48,
  invalidDisputeLimitPct: 20,
  devFunding: false,
  sweeperGraceS: 30,
  invalidDisputeMinBuyers: 3,
  reconcileLookbackDays: 30,
  suppliers: DEFAULT_SUPPLIER_SETTINGS,
};

/** What every operation needs, whichever client called it. */
export type Deps = {
  db: Db;
  keys: KeyRing;
  events: EventSink;
  log: Logger;
  settings: Settings;
  /** Absent when no payment provider is configured (no BOT_TOKEN): invoices and Stars refunds are refused. */
  payments?: PaymentGateway;
  /** The bound on imports running at once in this process (IMPORT_CONCURRENCY); absent = unbounded (one-shot CLI). */
  importSlots?: ImportSlots;
  /** Where file and image items' bytes live and how large they may be; absent = PostgreSQL, 10 MB, every type. */
  files?: FileStorage;
  /**
   * Where suppliers reach this server (PUBLIC_URL, else http://localhost:<port>), known only once
   * it listens: the base of the webhook and callback URLs a supplier source is given.
   */
  publicUrl?: () => string;
};

const defaultFiles: FileStorage = { store: new DbFileStore(), limits: DEFAULT_FILE_LIMITS };

/** The file store and limits of this deployment. */
export function filesOf(deps: Deps): FileStorage {
  return deps.files ?? defaultFiles;
}

/** Where the call came from, for the audit trail. */
export type Origin = { ip?: string | undefined; userAgent?: string | undefined };

export type ServiceContext = Deps & { actor: Actor; origin?: Origin };

export function withActor(deps: Deps, actor: Actor, origin?: Origin): ServiceContext {
  return { ...deps, actor, ...(origin ? { origin } : {}) };
}

export function sellerId(ctx: ServiceContext): string {
  if (ctx.actor.type !== 'seller') throw new ForbiddenError('this needs a seller account');
  return ctx.actor.userId;
}

export function buyerId(ctx: ServiceContext): string {
  if (ctx.actor.type !== 'buyer') throw new ForbiddenError('this is done by the buyer');
  return ctx.actor.userId;
}

export const nullEvents: EventSink = { toUser: () => undefined };
