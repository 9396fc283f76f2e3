import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { chunkCount, openChunk, openFileKey, type SealedChunk } from '../crypto/file-stream.ts';
import type { KeyRing } from '../crypto/keyring.ts';
import type { DbOrTx, Tx } from '../db/client.ts';
import { type ItemFileRow, itemFiles } from '../db/schema/index.ts';
import { NotFoundError } from '../domain/errors.ts';
import { cleanFileName, type FileStore, type PutFile, type PutFileResult } from './file-store.ts';
import { sealSource, writeFileRow } from './seal-source.ts';

/** Sealed chunks written per INSERT: about a megabyte a statement. */
const CHUNKS_PER_INSERT = 4;
/** Chunks read per SELECT while streaming out. */
const CHUNKS_PER_READ = 4;

/**
 * The default store: the encrypted chunks are rows of item_file_chunks, written in the
 * caller's transaction, so an import or an undo of files is all or nothing and a database
 * backup holds everything.
 */
export class DbFileStore implements FileStore {
  readonly kind = 'db' as const;

  async put(tx: Tx, keys: KeyRing, file: PutFile): Promise<PutFileResult> {
    const name = cleanFileName(file.name);
    const itemId = file.binding.itemId;
    let batch: SealedChunk[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const rows = batch;
      batch = [];
      const values = sql.join(
        rows.map((c) => sql`(${itemId}::uuid, ${c.seq}::int, ${c.data}::bytea)`),
        sql`, `,
      );
      await tx.execute(sql`INSERT INTO item_file_chunks (item_id, seq, data) VALUES ${values}`);
    };
    const sealed = await sealSource(keys, { ...file, name }, async (chunk) => {
      batch.push(chunk);
      if (batch.length >= CHUNKS_PER_INSERT) await flush();
    });
    await flush();
    return writeFileRow(tx, file, name, sealed, null);
  }

  async read(db: DbOrTx, keys: KeyRing, itemId: string): Promise<{ file: ItemFileRow; body: Readable }> {
    const [file] = await db.select().from(itemFiles).where(sql`${itemFiles.itemId} = ${itemId}`);
    if (file?.storage !== 'db') throw new NotFoundError('file');
    const binding = { poolId: file.poolId, itemId };
    const dataKey = openFileKey(keys, binding, file.wrappedKey, file.keyVersion);
    const total = chunkCount(file.size, file.chunkSize);
    let next = 0;
    const body = new Readable({
      // One page of chunks per read: the stream's consumer sets the pace.
      read() {
        if (next >= total) {
          this.push(null);
          return;
        }
        const from = next;
        next += CHUNKS_PER_READ;
        db.execute<{ seq: number; data: Buffer }>(
          sql`SELECT seq, data FROM item_file_chunks WHERE item_id = ${itemId} AND seq >= ${from} AND seq < ${from + CHUNKS_PER_READ} ORDER BY seq`,
        ).then(
          (result) => {
            try {
              const rows = result.rows;
              const expected = Math.min(CHUNKS_PER_READ, total - from);
              if (rows.length !== expected) throw new Error('file chunks missing');
              const plain = rows.map((row, i) => {
                const seq = from + i;
                if (row.seq !== seq) throw new Error('file chunks out of order');
                return openChunk(dataKey, binding, seq, seq === total - 1, row.data);
              });
              this.push(Buffer.concat(plain));
              if (next >= total) this.push(null);
            } catch (e) {
              this.destroy(e as Error);
            }
          },
          (e: unknown) => this.destroy(e as Error),
        );
      },
    });
    return { file, body };
  }

  async discard(): Promise<void> {}
}
