// The CSV import against its floor, on a fresh embedded PostgreSQL with its default settings
// (what `npm start` runs on). The import parses, validates, fingerprints, encrypts and inserts
// into pool_items with every key and index the migrations create. The floor, in the same run:
// the very rows the import wrote, already encrypted and fingerprinted, COPYed (binary) straight
// back into the same emptied table; a raw COPY of the file into a bare one-column table is shown
// beside it as the ceiling nothing indexed reaches.
// `npm run bench -- import [--rows 1000000] [--batch 5000] [--keep]`
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { parseConfig } from '../backend/src/config.ts';
import { generateKeySpec, parseKeyRing } from '../backend/src/crypto/keyring.ts';
import { createDb } from '../backend/src/db/client.ts';
import { openEmbeddedDatabase } from '../backend/src/db/embedded.ts';
import { runMigrations } from '../backend/src/db/migrate.ts';
import { type Deps, nullEvents, withActor } from '../backend/src/domain/context.ts';
import { importItems } from '../backend/src/domain/imports/import-items.ts';
import { createPool } from '../backend/src/domain/pools/create-pool.ts';
import { becomeSeller } from '../backend/src/domain/users/become-seller.ts';
import { upsertTelegramUser } from '../backend/src/domain/users/upsert-telegram-user.ts';
import { createLogger } from '../backend/src/lib/logger.ts';
import { settingsOf } from '../backend/src/server.ts';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** `rows` lines of random 16-character codes; every 100th repeats an earlier one (1% duplicates). */
async function writeCodes(file: string, rows: number): Promise<number> {
  const out = createWriteStream(file);
  const earlier: string[] = [];
  let duplicates = 0;
  let chunk = '';
  let block = randomBytes(16 * 4096);
  let offset = 0;
  for (let i = 0; i < rows; i++) {
    let code: string;
    if (i % 100 === 99) {
      code = earlier[Math.floor(Math.random() * earlier.length)] as string;
      duplicates++;
    } else {
      // Random bytes in blocks: one call per line would itself churn the heap being measured.
      if (offset === block.length) {
        block = randomBytes(block.length);
        offset = 0;
      }
      code = '';
      for (let j = 0; j < 16; j++) code += ALPHABET[(block[offset++] as number) & 31];
      if (earlier.length < 10_000) earlier.push(code);
      else if (Math.random() < 0.01) earlier[Math.floor(Math.random() * earlier.length)] = code;
    }
    chunk += `${code}\n`;
    if (chunk.length >= 1 << 16) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((r) => out.once('finish', () => r()));
  return duplicates;
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { rows: { type: 'string' }, batch: { type: 'string' }, keep: { type: 'boolean' } },
  });
  const rows = Number(values.rows ?? 1_000_000);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-bench-import-'));
  let server: Awaited<ReturnType<typeof openEmbeddedDatabase>> | null = null;
  try {
    const file = path.join(dir, 'codes.csv');
    console.log(`node ${process.version}, ${os.cpus().length} cores, ${mb(os.totalmem())} MB RAM`);
    const duplicatesWritten = await writeCodes(file, rows);
    const { size } = await fs.stat(file);
    console.log(`generated ${rows} lines (${duplicatesWritten} duplicates), ${mb(size)} MB in ${file}`);

    // The temporary folder is the data folder: as root, PostgreSQL runs as `postgres` and must traverse it.
    server = await openEmbeddedDatabase({ dataDir: dir, log: () => undefined });
    await runMigrations(server.url);
    const { db, pool } = createDb(server.url, { max: 4 });
    const deps: Deps = {
      db,
      keys: parseKeyRing(generateKeySpec()),
      log: createLogger('silent'),
      events: nullEvents,
      settings: settingsOf(parseConfig({})),
    };

    // Raw COPY of the same bytes into a bare one-column table: the ceiling.
    await pool.query('CREATE TABLE bench_raw (code text)');
    const client = await pool.connect();
    const copyStart = performance.now();
    await pipeline(createReadStream(file), client.query(copyFrom('COPY bench_raw (code) FROM STDIN')));
    const copySeconds = (performance.now() - copyStart) / 1000;
    client.release();
    const copyRate = rows / copySeconds;
    console.log(`raw COPY:  ${rows} rows in ${copySeconds.toFixed(2)} s = ${Math.round(copyRate)} rows/s`);

    // A seller as the product makes one: becomeSeller, the one way in (and its audit row).
    const seller = await becomeSeller(
      { db, actor: { type: 'system', job: 'bench' } },
      { userId: (await upsertTelegramUser(db, { id: 4242, first_name: 'Bench' })).id },
    );
    const ctx = withActor(deps, { type: 'seller', userId: seller.id });
    const created = await createPool(ctx, { name: 'Bench pool', deliveryType: 'code' });

    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const start = performance.now();
    const report = await importItems(ctx, {
      poolId: created.id,
      source: 'csv',
      fileName: 'codes.csv',
      input: createReadStream(file),
      totalBytes: size,
      ...(values.batch ? { batchSize: Number(values.batch) } : {}),
    });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const rate = report.rows / seconds;
    console.log(
      `import:    ${report.rows} rows in ${seconds.toFixed(2)} s = ${Math.round(rate)} rows/s ` +
        `(accepted ${report.accepted}, duplicates ${report.duplicates}, invalid ${report.invalid})`,
    );
    if (
      report.accepted + report.duplicates + report.invalid !== report.rows ||
      report.duplicates !== duplicatesWritten
    ) {
      console.error(`the import miscounted: expected ${duplicatesWritten} duplicates among ${rows} rows`);
      process.exitCode = 1;
    }
    // The floor: the same rows, as the import left them, COPYed back into the emptied pool_items.
    const columns = (
      await pool.query<{ name: string }>(
        `SELECT column_name AS name FROM information_schema.columns
          WHERE table_name = 'pool_items' ORDER BY ordinal_position`,
      )
    ).rows.map((r) => `"${r.name}"`);
    const floorFile = path.join(dir, 'pool_items.bin');
    const exporter = await pool.connect();
    await pipeline(
      exporter.query(copyTo(`COPY (SELECT ${columns.join(', ')} FROM pool_items) TO STDOUT (FORMAT binary)`)),
      createWriteStream(floorFile),
    );
    // CASCADE empties item_files too, which references pool_items and holds nothing here.
    await exporter.query('TRUNCATE pool_items CASCADE');
    await exporter.query('CHECKPOINT');
    const floorStart = performance.now();
    await pipeline(
      createReadStream(floorFile),
      exporter.query(copyFrom(`COPY pool_items (${columns.join(', ')}) FROM STDIN (FORMAT binary)`)),
    );
    const floorSeconds = (performance.now() - floorStart) / 1000;
    exporter.release();
    const floorRate = report.accepted / floorSeconds;
    console.log(
      `floor:     ${report.accepted} rows in ${floorSeconds.toFixed(2)} s = ${Math.round(floorRate)} rows/s ` +
        '(the imported rows, encrypted and fingerprinted, COPYed into the indexed pool_items)',
    );
    // Rows written a second against rows written a second: the floor writes only what the import accepted.
    const vsFloor = report.accepted / seconds / floorRate;
    console.log(`import/floor: ${vsFloor.toFixed(3)}; import/raw COPY: ${(rate / copyRate).toFixed(4)}`);
    console.log(
      `peak RSS during the import: ${mb(peak)} MB (process maxRSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`,
    );
    await pool.end();
    console.log(
      `RESULT import rows_per_s=${Math.round(rate)} floor_rows_per_s=${Math.round(floorRate)} vs_floor=${vsFloor.toFixed(3)} peak_rss_mb=${mb(peak)}`,
    );
  } finally {
    await server?.stop();
    if (!values.keep) await fs.rm(dir, { recursive: true, force: true });
  }
}
