import type { Route } from '../../lib/router.ts';
import { DeliverPage } from './deliver-page.tsx';
import { PoolPage } from './pool-page.tsx';
import { PoolsPage } from './pools-page.tsx';
import { RestockPage } from './restock-page.tsx';
import { SellerRequestsPage } from './seller-requests-page.tsx';

/** The seller's screens, one chunk the Mini App loads when a seller opens one of them. */
export function SellerScreen({
  route,
}: {
  route: Extract<Route, { name: 'pools' | 'pool' | 'restock' | 'seller-requests' | 'deliver' }>;
}) {
  switch (route.name) {
    case 'pools':
      return <PoolsPage />;
    case 'pool':
      return <PoolPage id={route.id} />;
    case 'restock':
      return <RestockPage id={route.id} />;
    case 'seller-requests':
      return <SellerRequestsPage />;
    case 'deliver':
      return <DeliverPage id={route.id} />;
  }
}
