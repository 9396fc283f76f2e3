import type { RouteKit } from '../route.ts';

/** Supplier orders: list a pool's, retry and cancel one (issue 16). */
export function supplierOrderRoutes(_kit: RouteKit) {}
