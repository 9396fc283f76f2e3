import type { ColumnMapping, ImportReport, ImportSeparator } from '@codepool/shared';
import type { KeyRing } from '../../crypto/keyring.ts';
import type { PoolRow } from '../../db/schema/index.ts';
import { type PreparedItem, prepareItem } from '../items/prepare-item.ts';
import { type ColumnPlan, planColumns } from './column-plan.ts';
import { readCsv } from './read-csv.ts';
import { rowToItem } from './row-to-item.ts';

export type ReadRow = { line: number } & ({ ok: true; item: PreparedItem } | { ok: false; reason: string });
export type FileFormat = Pick<ImportReport, 'separator' | 'header' | 'columns'>;

const META_NAMES = { expiresAt: 'expires_at', cost: 'cost', supplier: 'supplier' } as const;

/**
 * The item stream of a CSV file: each data row mapped onto the pool's fields, validated,
 * normalised, fingerprinted and encrypted by prepareItem — the one way into a pool — or
 * rejected with a reason. Blank rows are skipped; the header, if any, decides the mapping.
 */
export async function readItems(
  input: AsyncIterable<Uint8Array | string>,
  {
    pool,
    keys,
    batchId,
    now,
    separator,
    mapping,
    onBytes,
  }: {
    pool: PoolRow;
    keys: KeyRing;
    batchId: string;
    now: number;
    separator?: ImportSeparator | undefined;
    mapping?: ColumnMapping | undefined;
    onBytes?: (bytes: number) => void;
  },
) {
  const csv = await readCsv(input, { separator, onBytes });
  const state: { plan: ColumnPlan | null } = { plan: null };

  async function* rows(): AsyncGenerator<ReadRow> {
    for await (const { line, cells } of csv.records) {
      if (cells.every((c) => c.trim() === '')) continue;
      if (!state.plan) {
        state.plan = planColumns(pool.fields, cells, mapping);
        if (state.plan.header) continue;
      }
      const raw = rowToItem(state.plan, cells);
      if (!raw.ok) {
        yield { line, ok: false, reason: raw.reason };
        continue;
      }
      const prepared = prepareItem(keys, pool, raw.raw, { importBatchId: batchId, now });
      yield prepared.ok ? { line, ok: true, item: prepared.item } : { line, ok: false, reason: prepared.reason };
    }
  }

  return {
    rows: rows(),
    get plan() {
      return state.plan;
    },
    format(): FileFormat {
      const plan = state.plan;
      const columns = !plan
        ? []
        : plan.positional
          ? plan.fields.map((field, i) => ({ column: i + 1, field }))
          : plan.columns.flatMap(({ index, target }) =>
              target.kind === 'ignore'
                ? []
                : [{ column: index + 1, field: target.kind === 'field' ? target.name : META_NAMES[target.kind] }],
            );
      return { separator: csv.separator, header: plan?.header ?? false, columns };
    },
  };
}
