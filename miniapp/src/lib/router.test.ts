import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash, type Route, routeFromStartParam } from './router.ts';

const ID = '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e6f';
const VARIANT_ID = '01936f1e-8c7a-7b3e-9d4f-2a1b3c4d5e70';

describe('routes', () => {
  it('never reads Telegram launch parameters as a route', () => {
    expect(parseHash('#tgWebAppData=user%3D1&tgWebAppVersion=8.0&tgWebAppPlatform=tdesktop')).toBeNull();
    expect(parseHash('')).toBeNull();
  });

  it('round-trips every route through its hash', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'template', id: ID },
      { name: 'template', id: ID, variantId: VARIANT_ID },
      { name: 'variant', id: VARIANT_ID },
      { name: 'requests' },
      { name: 'request', id: ID },
      { name: 'dispute', id: ID },
      { name: 'pools' },
      { name: 'pool', id: ID },
      { name: 'restock', id: ID },
      { name: 'seller-requests' },
      { name: 'deliver', id: ID },
      { name: 'not-found' },
    ];
    for (const route of routes) expect(parseHash(hrefOf(route))).toEqual(route);
  });

  it('sends an unknown path or a malformed id to not-found', () => {
    expect(parseHash('#/purchases/not-a-uuid')).toEqual({ name: 'not-found' });
    expect(parseHash('#/admin')).toEqual({ name: 'not-found' });
  });

  it('opens deep links: buy_ a listing, req_ a purchase, anything else home', () => {
    expect(routeFromStartParam(`buy_${ID}`)).toEqual({ name: 'template', id: ID });
    expect(routeFromStartParam(`req_${ID}`)).toEqual({ name: 'request', id: ID });
    expect(routeFromStartParam('req_nope')).toEqual({ name: 'home' });
    expect(routeFromStartParam('ref_friend')).toEqual({ name: 'home' });
    expect(routeFromStartParam(undefined)).toEqual({ name: 'home' });
  });

  it('opens a v_ deep link as the variant, for the page to resolve to its listing', () => {
    expect(routeFromStartParam(`v_${VARIANT_ID}`)).toEqual({ name: 'variant', id: VARIANT_ID });
    expect(routeFromStartParam('v_nope')).toEqual({ name: 'home' });
    expect(parseHash(`#/t/${ID}/v/nope`)).toEqual({ name: 'not-found' });
  });
});
