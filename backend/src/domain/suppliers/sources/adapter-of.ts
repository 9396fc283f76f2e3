import type { AdapterSource, SupplierAdapter } from '../../../suppliers/adapter.ts';
import { adapterFor } from '../../../suppliers/registry.ts';
import type { Deps } from '../../context.ts';
import { sourceWebhookUrl } from './source-response.ts';

/** The adapter for a source with this deployment's limits: call timeout, callback URL, private-network rule. */
export function adapterOf(deps: Pick<Deps, 'settings' | 'publicUrl'>, source: AdapterSource): SupplierAdapter {
  return adapterFor(source, {
    timeoutMs: deps.settings.suppliers.timeoutMs,
    callbackUrl: sourceWebhookUrl(deps, source),
    privateNetworks: deps.settings.suppliers.privateNetworks,
  });
}
