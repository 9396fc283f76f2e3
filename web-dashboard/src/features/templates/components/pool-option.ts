/** What the listing forms need to know of a pool: passed in by the page, which owns the pools. */
export type PoolOption = { id: string; name: string; available: number };
