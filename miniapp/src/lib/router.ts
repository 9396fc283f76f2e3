import { Id } from '@codepool/shared';
import { useSyncExternalStore } from 'react';

/**
 * A small hash router. Telegram hands launch parameters to the app in the URL hash
 * (`#tgWebAppData=…&tgWebAppVersion=…`); the SDK reads them once at start and keeps them in
 * sessionStorage, so the hash is free afterwards. Routes always start with `#/`: a hash
 * that does not is launch parameters, never a route, and is replaced by the start route
 * only after the SDK has read it (see main.tsx).
 */
// Route names follow the code's vocabulary (request, template); the hashes below keep their
// old words (#/purchases, #/seller/orders): links already sent and bookmarks use them.
export type Route =
  | { name: 'home' }
  /** The language setting. */
  | { name: 'settings' }
  /** A listing; `variantId` preselects one of its variants (a deep link to one denomination). */
  | { name: 'template'; id: string; variantId?: string }
  /** A variant's deep link (`v_<variantId>`): resolved to its listing by the page, then replaced. */
  | { name: 'variant'; id: string }
  | { name: 'requests' }
  | { name: 'request'; id: string }
  | { name: 'dispute'; id: string }
  | { name: 'pools' }
  | { name: 'pool'; id: string }
  | { name: 'restock'; id: string }
  | { name: 'seller-requests' }
  | { name: 'deliver'; id: string }
  | { name: 'not-found' };

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'template':
      return route.variantId ? `#/t/${route.id}/v/${route.variantId}` : `#/t/${route.id}`;
    case 'variant':
      return `#/v/${route.id}`;
    case 'requests':
      return '#/purchases';
    case 'request':
      return `#/purchases/${route.id}`;
    case 'dispute':
      return `#/purchases/${route.id}/dispute`;
    case 'pools':
      return '#/seller/pools';
    case 'pool':
      return `#/seller/pools/${route.id}`;
    case 'restock':
      return `#/seller/pools/${route.id}/restock`;
    case 'seller-requests':
      return '#/seller/orders';
    case 'deliver':
      return `#/seller/orders/${route.id}`;
    case 'not-found':
      return '#/not-found';
  }
}

const isId = (s: string | undefined): s is string => s !== undefined && Id.safeParse(s).success;

/** The route a hash names; null when the hash is not a route at all (empty, or launch parameters). */
export function parseHash(hash: string): Route | null {
  if (!hash.startsWith('#/')) return null;
  const parts = hash.slice(2).split(/[?#]/)[0]!.split('/').filter(Boolean).map(decodeURIComponent);
  const [a, b, c, d] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (a === 'settings' && parts.length === 1) return { name: 'settings' };
  if (a === 't' && isId(b) && parts.length === 2) return { name: 'template', id: b };
  if (a === 't' && isId(b) && c === 'v' && isId(d) && parts.length === 4) {
    return { name: 'template', id: b, variantId: d };
  }
  if (a === 'v' && isId(b) && parts.length === 2) return { name: 'variant', id: b };
  if (a === 'purchases' && parts.length === 1) return { name: 'requests' };
  if (a === 'purchases' && isId(b) && parts.length === 2) return { name: 'request', id: b };
  if (a === 'purchases' && isId(b) && c === 'dispute' && parts.length === 3) return { name: 'dispute', id: b };
  if (a === 'seller' && b === 'pools' && parts.length === 2) return { name: 'pools' };
  if (a === 'seller' && b === 'pools' && isId(c) && parts.length === 3) return { name: 'pool', id: c };
  if (a === 'seller' && b === 'pools' && isId(c) && d === 'restock' && parts.length === 4) {
    return { name: 'restock', id: c };
  }
  if (a === 'seller' && b === 'orders' && parts.length === 2) return { name: 'seller-requests' };
  if (a === 'seller' && b === 'orders' && isId(c) && parts.length === 3) return { name: 'deliver', id: c };
  return { name: 'not-found' };
}

/**
 * The deep link of `tgWebAppStartParam`: `buy_<templateId>` opens a listing, `v_<variantId>` a
 * listing with that variant chosen, `req_<requestId>` a purchase.
 */
export function routeFromStartParam(startParam: string | undefined | null): Route {
  const match = /^(buy|v|req)_(.+)$/.exec(startParam ?? '');
  if (!match || !isId(match[2])) return { name: 'home' };
  const id = match[2];
  switch (match[1]) {
    case 'buy':
      return { name: 'template', id };
    case 'v':
      return { name: 'variant', id };
    default:
      return { name: 'request', id };
  }
}

type HistoryState = { codepoolIndex?: number } | null;

const NAVIGATE_EVENT = 'codepool:navigate';

const indexOfState = () => (window.history.state as HistoryState)?.codepoolIndex ?? 0;

/** Replaces the launch-parameter hash with the first route, once the SDK has read the parameters. */
export function enterRoute(route: Route) {
  window.history.replaceState({ codepoolIndex: 0 }, '', hrefOf(route));
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export function navigate(route: Route, { replace = false }: { replace?: boolean } = {}) {
  const href = hrefOf(route);
  if (replace) window.history.replaceState({ codepoolIndex: indexOfState() }, '', href);
  else window.history.pushState({ codepoolIndex: indexOfState() + 1 }, '', href);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/**
 * Back to where the user came from inside the app, or to the page's parent when the app
 * was opened right on this page (a deep link has no history to go back to).
 */
export function goBack(parent: Route) {
  if (indexOfState() > 0) window.history.back();
  else navigate(parent, { replace: true });
}

function subscribe(fn: () => void) {
  window.addEventListener('popstate', fn);
  window.addEventListener('hashchange', fn);
  window.addEventListener(NAVIGATE_EVENT, fn);
  return () => {
    window.removeEventListener('popstate', fn);
    window.removeEventListener('hashchange', fn);
    window.removeEventListener(NAVIGATE_EVENT, fn);
  };
}

const snapshot = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot, () => '');
  return parseHash(hash) ?? { name: 'home' };
}
