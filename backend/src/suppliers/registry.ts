import type { SupplierKind } from '@codepool/shared';
import type { AdapterFactory, AdapterOptions, AdapterSource, SupplierAdapter } from './adapter.ts';
import { kinguinAdapter } from './kinguin/adapter.ts';
import { sellerServerAdapter } from './seller-server/adapter.ts';

const FACTORIES: Record<SupplierKind, AdapterFactory> = {
  kinguin: kinguinAdapter,
  seller_server: sellerServerAdapter,
};

/** The adapter that speaks this source's protocol. */
export function adapterFor(source: AdapterSource, options: AdapterOptions): SupplierAdapter {
  return FACTORIES[source.kind](source, options);
}
