import type { RouteKit } from '../route.ts';

/** A pool's supplier source: GET/PUT /pools/:id/source and POST /pools/:id/source/test (issue 16). */
export function supplierSourceRoutes(_kit: RouteKit) {}

/** The seller server's signed callback, before the JSON parser: its HMAC is over the raw body (issue 16). */
export function supplierCallbackRoute(_kit: RouteKit) {}
