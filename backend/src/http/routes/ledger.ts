import { Ledger, Reconciliation } from '@codepool/shared';
import { getLedger } from '../../domain/ledger/get-ledger.ts';
import { getReconciliation } from '../../domain/ledger/get-reconciliation.ts';
import { type RouteKit, route } from '../route.ts';

/** The seller's books: released escrow as ledger rows, and Stars by escrow state beside Telegram's. */
export function ledgerRoutes(kit: RouteKit) {
  const base = { tag: 'ledger', auth: 'seller', scope: 'ledger:read' } as const;
  route(
    kit,
    { ...base, method: 'get', path: '/ledger', summary: 'Your balance and ledger entries', response: Ledger },
    ({ ctx }) => getLedger(ctx),
  );
  route(
    kit,
    {
      ...base,
      method: 'get',
      path: '/ledger/reconciliation',
      summary: "Your Stars by escrow state, beside Telegram's ledger as the last reconciliation saw it",
      response: Reconciliation,
    },
    ({ ctx }) => getReconciliation(ctx),
  );
}
