import { AuditEntry, ListAuditQuery, page } from '@codepool/shared';
import { listAudit } from '../../domain/audit/list-audit.ts';
import { type RouteKit, route } from '../route.ts';

export function auditRoutes(kit: RouteKit) {
  route(
    kit,
    {
      tag: 'audit',
      auth: 'seller',
      scope: 'audit:read',
      method: 'get',
      path: '/audit',
      summary: 'Your audit trail, newest first',
      query: ListAuditQuery,
      response: page(AuditEntry),
    },
    ({ ctx, query }) => listAudit(ctx, query),
  );
}
