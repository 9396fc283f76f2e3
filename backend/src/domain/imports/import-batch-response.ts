import type { ImportBatch, ImportBatchDetail } from '@codepool/shared';
import type { ImportBatchRow } from '../../db/schema/index.ts';

export function toImportBatchResponse(row: ImportBatchRow): ImportBatch {
  return {
    id: row.id,
    poolId: row.poolId,
    source: row.source,
    fileName: row.fileName,
    status: row.status,
    rows: row.rows,
    accepted: row.accepted,
    duplicates: row.duplicates,
    invalid: row.invalid,
    rejectedTotal: row.report.rejectedTotal,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    undoneAt: row.undoneAt?.toISOString() ?? null,
  };
}

export function toImportBatchDetail(row: ImportBatchRow): ImportBatchDetail {
  return { ...toImportBatchResponse(row), rejected: row.report.rejected };
}
