/**
 * Every cached resource's key, in one place: a feature that changes stock invalidates the
 * pool screens without importing the pools feature, and live events know what to refresh.
 */
export const queryKeys = {
  me: ['me'] as const,
  pools: ['pools'] as const,
  pool: (poolId: string) => ['pools', poolId] as const,
  items: (poolId: string) => ['items', poolId] as const,
  imports: (poolId: string) => ['imports', poolId] as const,
  stockHistory: (poolId: string) => ['stock-history', poolId] as const,
  poolSource: (poolId: string) => ['pool-source', poolId] as const,
  supplierOrders: (poolId: string) => ['supplier-orders', poolId] as const,
  templates: ['templates'] as const,
  requests: ['requests'] as const,
  requestHistory: (requestId: string) => ['audit', 'purchase_request', requestId] as const,
  analytics: ['analytics'] as const,
  audit: ['audit'] as const,
  tokens: ['tokens'] as const,
  ledger: ['ledger'] as const,
};
