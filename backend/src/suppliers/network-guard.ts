import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { SupplierError } from './adapter.ts';

/**
 * A supplier's base URL is typed by a seller, and anyone can be a seller: without a check,
 * "Test connection" and every order would let a stranger make this server call its own
 * database port, a cloud metadata address or anything else on the private network. With
 * SUPPLIER_PRIVATE_NETWORKS=deny (the production default) a host that resolves to a loopback,
 * private, link-local, shared or reserved address is refused before any request is sent.
 * The check resolves the name itself; a resolver that answers differently a moment later
 * (DNS rebinding) is outside what it can promise, so production should also keep the backend
 * off networks it must not reach.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

export type PrivateNetworks = 'allow' | 'deny';

/** Whether an address is one a seller's supplier URL may not point at. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  return mapped ? blocked.check(mapped, 'ipv4') : blocked.check(address, 'ipv6');
}

/** Refuses (as a supplier refusal, never a 5xx) a base URL whose host is on a private network. */
export async function checkSupplierHost(baseUrl: string, mode: PrivateNetworks): Promise<void> {
  if (mode === 'allow') return;
  let host: string;
  try {
    host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '');
  } catch {
    throw new SupplierError('rejected', 'the supplier URL is not a URL');
  }
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw new SupplierError('retryable', `the supplier's host name ${host} does not resolve`);
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress))
    throw new SupplierError(
      'rejected',
      `the supplier's address ${host} is on a private network, which sources may not use`,
    );
}
