import type { SupplierKind } from '@codepool/shared';
import type { AdapterFactory, AdapterOptions, AdapterSource, SupplierAdapter } from './adapter.ts';
import { kinguinAdapter } from './kinguin/adapter.ts';
import { checkSupplierHost } from './network-guard.ts';
import { sellerServerAdapter } from './seller-server/adapter.ts';

const FACTORIES: Record<SupplierKind, AdapterFactory> = {
  kinguin: kinguinAdapter,
  seller_server: sellerServerAdapter,
};

/**
 * The adapter that speaks this source's protocol. Every call first checks the base URL's host
 * against the private-network rule (`deny` unless the options allow it), so no adapter can
 * forget to.
 */
export function adapterFor(source: AdapterSource, options: AdapterOptions): SupplierAdapter {
  const adapter = FACTORIES[source.kind](source, options);
  const guard = () => checkSupplierHost(source.baseUrl, options.privateNetworks ?? 'deny');
  return {
    quote: async () => (await guard(), adapter.quote()),
    place: async (input) => (await guard(), adapter.place(input)),
    status: async (ref) => (await guard(), adapter.status(ref)),
  };
}
