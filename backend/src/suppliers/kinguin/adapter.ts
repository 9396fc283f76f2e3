import type { AdapterFactory } from '../adapter.ts';

/** The Kinguin eCommerce API adapter (issue 16: being built). */
export const kinguinAdapter: AdapterFactory = () => {
  throw new Error('the Kinguin adapter is not built yet');
};
