// Pathological inputs beside plain ones of the same size, through the HTTP API and the bot's
// restock path of one real server process; for each, the worst event-loop stall in that
// process (perf_hooks.monitorEventLoopDelay) while it was handled.
// `npm run bench -- hostile [--repeat 5] [--big-mb 50] [--only <substring>]`
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateKeySpec, parseKeyRing } from '../backend/src/crypto/keyring.ts';
import { createDb } from '../backend/src/db/client.ts';
import { openEmbeddedDatabase } from '../backend/src/db/embedded.ts';
import { runMigrations } from '../backend/src/db/migrate.ts';
import { DEFAULT_SETTINGS, nullEvents, withActor } from '../backend/src/domain/context.ts';
import { createApiToken } from '../backend/src/domain/users/api-tokens.ts';
import { becomeSeller } from '../backend/src/domain/users/become-seller.ts';
import { upsertTelegramUser } from '../backend/src/domain/users/upsert-telegram-user.ts';
import { createLogger } from '../backend/src/lib/logger.ts';
import type { Command } from './hostile-server.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const BOT_TOKEN = `123456789:${'H'.repeat(35)}`;
const SELLER_TELEGRAM_ID = 7001;
const LINE = 256 * 1024;
/** The histogram's resolution: stalls below it are not told apart, so ratios count them as this. */
const FLOOR_MS = 10;
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const code = (length = 16) => {
  const bytes = randomBytes(length);
  let s = '';
  for (const b of bytes) s += ALNUM[b & 31];
  return s;
};
const codes = (n: number) => Array.from({ length: n }, () => code()).join('\n');
/** Lines of `lineOf(i)` up to about `bytes` bytes. */
const fill = (bytes: number, lineOf: (i: number) => string) => {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = lineOf(i);
    lines.push(l);
    size += l.length + 1;
  }
  return `${lines.join('\n')}\n`;
};

type Input = { prepare?: () => Promise<void>; act: () => Promise<string> };
type Case = { name: string; plain: Input; hostile: Input };
type Run = { stallMs: number; ms: number; outcome: string };

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'hostile-server.ts')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const ready = new Promise<string>((resolve, reject) => {
    child.on('message', (m: { ready?: string; id?: number; result?: unknown; error?: string }) => {
      if (m.ready) return resolve(m.ready);
      const w = waiting.get(m.id ?? -1);
      waiting.delete(m.id ?? -1);
      if (m.error) w?.reject(new Error(m.error));
      else w?.resolve(m.result);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  const rpc = <T>(c: Command) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, ...c });
    });
  return { child: child as ChildProcess, ready, rpc };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { repeat: { type: 'string' }, 'big-mb': { type: 'string' }, only: { type: 'string' } },
  });
  const repeat = Number(values.repeat ?? 5);
  const bigBytes = Number(values['big-mb'] ?? 50) * 1_000_000;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-bench-hostile-'));
  const database = await openEmbeddedDatabase({ dataDir: dir, log: () => undefined });
  let server: ReturnType<typeof startServer> | null = null;
  try {
    await runMigrations(database.url);
    const keys = generateKeySpec();
    server = startServer({
      DATABASE_URL: database.url,
      DATA_DIR: dir,
      CODEPOOL_KEYS: keys,
      BOT_TOKEN,
      BOT_MODE: 'off',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      INIT_CWD: dir,
    });
    const base = await server.ready;
    const { rpc } = server;

    const { db, pool } = createDb(database.url, { max: 2 });
    const deps = { db, keys: parseKeyRing(keys), log: createLogger('silent'), events: nullEvents };
    // A seller as the product makes one: becomeSeller, the one way in (and its audit row).
    const seller = await becomeSeller(
      { db, actor: { type: 'system', job: 'bench' } },
      { userId: (await upsertTelegramUser(db, { id: SELLER_TELEGRAM_ID, first_name: 'Bench' })).id },
    );
    const { token } = await createApiToken(
      withActor({ ...deps, settings: DEFAULT_SETTINGS }, { type: 'seller', userId: seller.id }),
      { name: 'bench' },
    );
    await pool.end();
    const auth = `Bearer ${token}`;

    const json = async (method: string, p: string, body: string) => {
      const res = await fetch(`${base}/api${p}`, {
        method,
        headers: { authorization: auth, 'content-type': 'application/json' },
        body,
      });
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    };
    const outcome = ({ status, body }: { status: number; body: Record<string, any> }) =>
      body.error
        ? `${status} ${body.error.code}`
        : body.rows !== undefined
          ? `${status} rows=${body.rows} accepted=${body.accepted} invalid=${body.invalid}`
          : body.accepted !== undefined
            ? `${status} accepted=${body.accepted} invalid=${body.invalid}`
            : `${status}`;
    const poolId = (await json('POST', '/pools', JSON.stringify({ name: 'Hostile', deliveryType: 'code' }))).body
      .id as string;

    const upload = (make: () => string, fields: () => Record<string, string> = () => ({})) => {
      let form: FormData | null = null;
      return {
        prepare: async () => {
          form = new FormData();
          form.append('file', new Blob([make()]), 'bench.csv');
          for (const [k, v] of Object.entries(fields())) form.append(k, v);
        },
        act: async () => {
          const res = await fetch(`${base}/api/pools/${poolId}/imports`, {
            method: 'POST',
            headers: { authorization: auth },
            body: form,
          });
          return outcome({ status: res.status, body: (await res.json()) as Record<string, any> });
        },
      };
    };
    const post = (p: string, make: () => string): Input => {
      let body = '';
      return {
        prepare: async () => {
          body = make();
        },
        act: async () => outcome(await json('POST', p, body)),
      };
    };
    const bot = (kind: 'text' | 'document', make: () => string): Input => ({
      prepare: async () => {
        await rpc({ cmd: 'store', name: `${kind}-input`, body: make() });
        await rpc({ cmd: 'restock', from: SELLER_TELEGRAM_ID, poolId });
      },
      act: async () => {
        const reply = await rpc<string>({ cmd: kind, from: SELLER_TELEGRAM_ID, name: `${kind}-input` });
        return reply.split('\n')[0]?.replace(/^Restocked Hostile: /, '') ?? '';
      },
    });

    const lineOf = (ch: string) => () => `${ch.repeat(LINE)}\n${codes(3)}\n`;
    const wide = () => {
      const header = Array.from({ length: 10_000 }, (_, i) => (i === 0 ? 'code' : `col${i}`)).join(',');
      return `${header}\n${codes(3)}\n`;
    };
    const sameSizeCodes = (make: () => string) => () => fill(make().length, () => code());
    const mappedHeader = Array.from({ length: 600 }, (_, i) => `Column ${i}`);
    const mappedFile = () =>
      `code,${mappedHeader.join(',')}\n${fill(LINE, () => `${code()},${mappedHeader.map(() => 'x').join(',')}`)}`;
    const hugeMapping = () => {
      const m: Record<string, string> = { code: 'code' };
      for (const h of mappedHeader) {
        if (JSON.stringify(m).length > 9_950) break;
        m[h] = 'ignore';
      }
      return { mapping: JSON.stringify(m) };
    };
    const itemsBody = (value: (i: number) => string) => () =>
      JSON.stringify({ items: Array.from({ length: 470 }, (_, i) => ({ fields: { code: value(i) } })) });
    const bracketCode = (i: number) => `${'(['.repeat(1000)}${'"'.repeat(980)}${code(8)}${i}`;
    const bodySize = itemsBody(() => code(4000))().length;
    const depth = Math.floor((bodySize - 12) / 2);

    const cases: Case[] = [
      { name: 'import: 256 KB line of (', plain: upload(lineOf('A')), hostile: upload(lineOf('(')) },
      { name: 'import: 256 KB line of [', plain: upload(lineOf('A')), hostile: upload(lineOf('[')) },
      {
        name: 'import: 256 KB line of "',
        plain: upload(() => `"${'A'.repeat(LINE - 2)}"\n${codes(3)}\n`),
        hostile: upload(lineOf('"')),
      },
      { name: 'import: 10,000-column header', plain: upload(sameSizeCodes(wide)), hostile: upload(wide) },
      {
        name: 'import: 10 KB mapping, 601 columns',
        plain: upload(mappedFile, () => ({ mapping: '{"code":"code"}' })),
        hostile: upload(mappedFile, hugeMapping),
      },
      {
        name: `import: ${bigBytes / 1e6} MB CSV of one column`,
        plain: upload(() => fill(bigBytes, () => code(4000))),
        hostile: upload(() => {
          const run = code(8);
          return fill(bigBytes, (i) => `"${'(['.repeat(1000)}${'""'.repeat(990)}${run}${i}"`);
        }),
      },
      {
        name: 'items add: 1.9 MB of codes',
        plain: post(
          `/pools/${poolId}/items`,
          itemsBody(() => code(4000)),
        ),
        hostile: post(`/pools/${poolId}/items`, itemsBody(bracketCode)),
      },
      {
        name: 'items add: 100,000 field names',
        plain: post(
          `/pools/${poolId}/items`,
          itemsBody(() => code(4000)),
        ),
        hostile: post(`/pools/${poolId}/items`, () =>
          JSON.stringify({
            items: [{ fields: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`f${i}`, 'x'])) }],
          }),
        ),
      },
      {
        name: `JSON: ${depth.toLocaleString('en')} levels deep`,
        plain: post(`/pools/${poolId}/items`, () => `{"items":[${'0,'.repeat(depth - 1)}0]}`),
        hostile: post(`/pools/${poolId}/items`, () => `{"items":${'['.repeat(depth)}${']'.repeat(depth)}}`),
      },
      {
        name: 'items find: 4096 characters',
        plain: post(`/pools/${poolId}/items/find`, () => JSON.stringify({ code: 'A'.repeat(4096) })),
        hostile: post(`/pools/${poolId}/items/find`, () => JSON.stringify({ code: '(['.repeat(2048) })),
      },
      { name: 'bot paste: 256 KB line of (', plain: bot('text', lineOf('A')), hostile: bot('text', lineOf('(')) },
      {
        name: 'bot document: 256 KB line of (',
        plain: bot('document', lineOf('A')),
        hostile: bot('document', lineOf('(')),
      },
      {
        name: 'bot document: 10,000 columns',
        plain: bot('document', sameSizeCodes(wide)),
        hostile: bot('document', wide),
      },
    ].filter((c) => !values.only || c.name.includes(values.only));

    const measure = async (input: Input): Promise<Run> => {
      await input.prepare?.();
      await rpc({ cmd: 'reset' });
      const start = performance.now();
      const result = await input.act();
      const elapsed = performance.now() - start;
      const { stallMs } = await rpc<{ stallMs: number }>({ cmd: 'stall' });
      return { stallMs, ms: elapsed, outcome: result };
    };

    console.log(
      `node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}); each input ${repeat}×, the median stall shown`,
    );
    console.log(`${'input'.padEnd(38)} ${'plain'.padStart(8)} ${'hostile'.padStart(8)}  ratio  hostile outcome`);
    let maxStall = 0;
    let maxPlain = 0;
    let worstRatio = 0;
    for (const c of cases) {
      const plain: Run[] = [];
      const hostile: Run[] = [];
      // One unmeasured round first: the first call of a path also compiles it.
      await measure(c.plain);
      await measure(c.hostile);
      for (let i = 0; i < repeat; i++) {
        plain.push(await measure(c.plain));
        hostile.push(await measure(c.hostile));
      }
      const p = median(plain.map((r) => r.stallMs));
      const h = median(hostile.map((r) => r.stallMs));
      const ratio = Math.max(h, FLOOR_MS) / Math.max(p, FLOOR_MS);
      maxStall = Math.max(maxStall, h);
      maxPlain = Math.max(maxPlain, p);
      worstRatio = Math.max(worstRatio, ratio);
      const took = median(hostile.map((r) => r.ms));
      console.log(
        `${c.name.padEnd(38)} ${ms(p)} ${ms(h)}  ${ratio.toFixed(2).padStart(5)}  ${hostile[0]?.outcome} in ${took.toFixed(0)} ms` +
          ` (plain: ${plain[0]?.outcome} in ${median(plain.map((r) => r.ms)).toFixed(0)} ms)`,
      );
    }
    console.log(`stalls under ${FLOOR_MS} ms (the histogram's resolution) count as ${FLOOR_MS} ms in ratios`);
    console.log(
      `worst median stall of a hostile input ${maxStall.toFixed(0)} ms, of a plain one ${maxPlain.toFixed(0)} ms`,
    );
    console.log(`RESULT hostile max_stall_ms=${maxStall.toFixed(0)} vs_plain=${worstRatio.toFixed(2)}`);
  } finally {
    if (server) {
      const exited = new Promise((r) => server?.child.once('exit', r));
      server.child.disconnect();
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      server.child.kill('SIGTERM');
    }
    await database.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
