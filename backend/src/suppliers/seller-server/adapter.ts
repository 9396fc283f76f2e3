import type { AdapterFactory } from '../adapter.ts';

/** The seller's own server, over our signed protocol (issue 16: being built). */
export const sellerServerAdapter: AdapterFactory = () => {
  throw new Error('the seller-server adapter is not built yet');
};
