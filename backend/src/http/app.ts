import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type RequestHandler } from 'express';
import type { DatabaseState } from '../db/embedded.ts';
import type { AuthSettings } from '../domain/auth/identify.ts';
import type { Deps } from '../domain/context.ts';
import { errorHandler, sendError } from './errors.ts';
import { refuseCostlyJson } from './json-depth.ts';
import { observability } from './observability.ts';
import { OpenApiRegistry } from './openapi.ts';
import { refuseBadPathAndQuery, refuseNulInBody } from './refuse-nul.ts';
import type { RouteKit } from './route.ts';
import { analyticsRoutes } from './routes/analytics.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { disputeRoutes } from './routes/disputes.ts';
import { fileRoutes } from './routes/files.ts';
import { importRoutes } from './routes/imports.ts';
import { itemRoutes } from './routes/items.ts';
import { ledgerRoutes } from './routes/ledger.ts';
import { meRoutes } from './routes/me.ts';
import { paymentRoutes, paymentWebhookRoute } from './routes/payments.ts';
import { poolRoutes } from './routes/pools.ts';
import { requestRoutes } from './routes/requests.ts';
import { supplierOrderRoutes } from './routes/supplier-orders.ts';
import { supplierCallbackRoute, supplierSourceRoutes } from './routes/supplier-sources.ts';
import { kinguinWebhookRoutes } from './routes/supplier-webhooks.ts';
import { templateRoutes } from './routes/templates.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { serveSpa } from './static.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type AppOptions = AuthSettings & {
  jsonBodyLimit: string;
  paymentWebhookSecret: string | undefined;
  /** Where clients reach this server, for the OpenAPI document; known only once it listens. */
  publicUrl: () => string;
  serveWeb?: boolean;
  /** CSV uploads: the size limit and where multer spools them. */
  importMaxBytes?: number;
  uploadDir?: string;
  /** The bot's updates in webhook mode, already checking Telegram's secret token header. */
  telegramWebhook?: RequestHandler;
  /** The state of the database this process owns, for /healthz. */
  databaseState?: () => DatabaseState;
  /** Express's `trust proxy`: whose X-Forwarded-For names the client (TRUST_PROXY). Default: loopback. */
  trustProxy?: boolean | number | string[];
};

export type RouteTable = {
  /** Every spec registered through route() or openapi.add(): auth kind and API token scope. */
  specs: ReturnType<OpenApiRegistry['routes']>;
  /** Every method and path the API router answers, whether or not a spec names it. */
  mounted: () => { method: string; path: string }[];
};
const routeTables = new WeakMap<object, RouteTable>();

/** The route table of an app from createApp: what tests walk so that no route escapes its checks. */
export function routeTable(app: object): RouteTable {
  const table = routeTables.get(app);
  if (!table) throw new Error('not an app from createApp');
  return table;
}

export function createApp(deps: Deps, options: AppOptions) {
  const app = express();
  app.disable('x-powered-by');
  // The client's address in audit rows is the proxy's unless its header is believed, and a
  // header believed from anyone is whatever the caller wrote.
  app.set('trust proxy', options.trustProxy ?? 'loopback');
  app.set('query parser', 'simple');

  observability(app, deps, options.databaseState ? { database: options.databaseState } : {});

  if (options.telegramWebhook)
    app.post('/telegram/webhook', express.json({ limit: '1mb', verify: refuseCostlyJson }), options.telegramWebhook);

  const api = express.Router();
  const openapi = new OpenApiRegistry();
  const kit: RouteKit = {
    router: api,
    deps,
    auth: { botToken: options.botToken, initDataMaxAgeS: options.initDataMaxAgeS },
    openapi,
  };
  api.use(refuseBadPathAndQuery);
  // Before the JSON parser: the webhook needs its raw bytes.
  paymentWebhookRoute(kit, { secret: options.paymentWebhookSecret, limit: '64kb' });
  supplierCallbackRoute(kit);
  api.use(express.json({ limit: options.jsonBodyLimit, strict: true, verify: refuseCostlyJson }));
  api.use(refuseNulInBody);
  authRoutes(kit, { secureCookies: () => options.publicUrl().startsWith('https://') });
  meRoutes(kit);
  poolRoutes(kit);
  itemRoutes(kit);
  importRoutes(kit, {
    ...(options.importMaxBytes ? { maxBytes: options.importMaxBytes } : {}),
    ...(options.uploadDir ? { uploadDir: options.uploadDir } : {}),
  });
  templateRoutes(kit);
  requestRoutes(kit);
  fileRoutes(kit);
  paymentRoutes(kit);
  disputeRoutes(kit);
  ledgerRoutes(kit);
  analyticsRoutes(kit);
  auditRoutes(kit);
  tokenRoutes(kit);
  supplierSourceRoutes(kit);
  supplierOrderRoutes(kit);
  kinguinWebhookRoutes(kit);
  api.get('/openapi.json', (_req, res) => {
    res.json(openapi.document(options.publicUrl()));
  });
  api.use((req, res) => sendError(res, 'not_found', `no route ${req.method} ${req.baseUrl}${req.path}`));
  api.use(errorHandler(deps.log));
  app.use('/api', api);

  if (options.serveWeb !== false) {
    serveSpa(app, '/app', path.join(ROOT, 'miniapp/dist'));
    serveSpa(app, '/', path.join(ROOT, 'web-dashboard/dist'));
  }
  app.use(errorHandler(deps.log));
  routeTables.set(app, {
    specs: openapi.routes(),
    mounted: () =>
      (api.stack as { route?: { path: string; methods: Record<string, boolean> } }[]).flatMap((layer) =>
        layer.route
          ? Object.keys(layer.route.methods).map((method) => ({ method, path: layer.route?.path ?? '' }))
          : [],
      ),
  });
  return app;
}
