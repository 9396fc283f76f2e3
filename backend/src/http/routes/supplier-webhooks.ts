import type { RouteKit } from '../route.ts';

/** Kinguin's webhooks at a per-source URL (issue 16). */
export function kinguinWebhookRoutes(_kit: RouteKit) {}
