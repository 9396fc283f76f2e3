import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type DeliveryType,
  type ImportReport,
  isFileDeliveryType,
  type Pool,
  type ServerEvents,
} from '@codepool/shared';
import { DEFAULT_LOCALE } from '@codepool/shared/i18n';
import { Composer, InlineKeyboard } from 'grammy';
import type { Document, PhotoSize } from 'grammy/types';
import type { ServiceContext } from '../../domain/context.ts';
import { ServiceError } from '../../domain/errors.ts';
import { importFiles } from '../../domain/imports/import-files.ts';
import { importItems } from '../../domain/imports/import-items.ts';
import { getPool } from '../../domain/pools/get-pool.ts';
import { listPools } from '../../domain/pools/list-pools.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { BotContext } from '../context.ts';
import { asSeller } from './shared.ts';

/** What to send for each kind of pool, in the seller's words: `bot-hint-<type>`. */
const hint = (ctx: BotContext, type: DeliveryType) => ctx.t(`bot-hint-${type}`);

const byteSize = (ctx: BotContext, n: number) =>
  n >= 1024 * 1024
    ? ctx.t('bot-size-mb', { n: Number((n / (1024 * 1024)).toFixed(1)) })
    : n >= 1024
      ? ctx.t('bot-size-kb', { n: Number((n / 1024).toFixed(1)) })
      : ctx.t('bot-size-bytes', { n });
const tooLargeText = (ctx: BotContext, maxBytes: number) =>
  ctx.t('bot-file-too-large', { size: byteSize(ctx, maxBytes) });
const progressText = (ctx: BotContext, rows: number, pct: number | null) =>
  pct === null ? ctx.t('bot-import-progress', { rows }) : ctx.t('bot-import-progress-pct', { rows, pct });

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

/**
 * Pasted lines as the CSV the import pipeline reads, per the pool's shape: `code;pin`,
 * `user:password` (split at the first colon, passwords may hold more), or one value a line.
 */
export function pastedToCsv(deliveryType: DeliveryType, fieldNames: string[], text: string) {
  // Blank lines stay (the pipeline skips them), so report line numbers match the paste.
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const split = (line: string): string[] => {
    if (deliveryType === 'account') {
      const i = line.indexOf(':');
      return i < 0 ? [line] : [line.slice(0, i), line.slice(i + 1)];
    }
    if (deliveryType === 'code' || deliveryType === 'custom') return line.split(';').map((s) => s.trim());
    return [line];
  };
  const csv = lines.map((l) => (l ? split(l).map(quote).join(',') : '')).join('\n');
  const width =
    deliveryType === 'account' ? 2 : deliveryType === 'code' ? 2 : deliveryType === 'custom' ? fieldNames.length : 1;
  const mapping = Object.fromEntries(fieldNames.slice(0, width).map((name, i) => [String(i), name]));
  return { csv, mapping };
}

type Reported = Pick<ImportReport, 'accepted' | 'duplicates' | 'invalid' | 'rejected' | 'rejectedTotal'>;

function reportText(ctx: BotContext, locale: string, poolName: string, report: Reported) {
  const { accepted, duplicates, invalid } = report;
  const lines = [ctx.t('bot-restock-report', { pool: poolName, accepted, duplicates, invalid })];
  for (const r of report.rejected.slice(0, 10)) {
    // English keeps the pipeline's own words (they may name a file); another language says the code's.
    const reason = locale === DEFAULT_LOCALE ? r.reason : ctx.t(`reject-${r.code}`, { reason: r.reason });
    lines.push(ctx.t('bot-rejected-line', { line: r.line, reason }));
  }
  if (report.rejectedTotal > 10) lines.push(ctx.t('bot-rejected-more', { count: report.rejectedTotal - 10 }));
  return lines.join('\n');
}

/**
 * The download, refused once it passes `maxBytes`, whatever size the document claimed;
 * `alive` is told of every chunk, so a download that stops sending can be cut off.
 */
async function* capped(
  body: AsyncIterable<Uint8Array>,
  maxBytes: number,
  alive: () => void,
): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const chunk of body) {
    alive();
    bytes += chunk.byteLength;
    // Throwing here ends the loop, which cancels the response body: the rest is never read.
    if (bytes > maxBytes) throw new ServiceError('payload_too_large', 'the file is larger than this server accepts');
    yield chunk;
  }
}

const tooLarge = (e: unknown) => e instanceof ServiceError && e.code === 'payload_too_large';

/** How long a document download may send nothing before it is given up: headers or the next chunk. */
export const DOWNLOAD_IDLE_MS = 30_000;

/**
 * An abort that fires when `idleMs` pass without a sign of life. A stalled download would
 * otherwise hold the seller's chat (updates are sequential per chat) and an import slot for
 * as long as the connection stays open.
 */
function idleWatch(idleMs: number) {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), idleMs);
  };
  alive();
  return { signal: controller.signal, alive, stop: () => clearTimeout(timer) };
}

export const RESTOCK_BUTTON = /^restock:([0-9a-f-]{36})$/;

/**
 * /restock: choose a pool, then paste codes or send a CSV; one import pipeline either way.
 * The message holding the codes is deleted whatever happens to the import: a refusal or a
 * crash must not leave them in the chat. Documents are held to `maxBytes` (IMPORT_MAX_BYTES).
 * Behind the seller filter.
 */
export function restockFeature({
  fileUrl,
  maxBytes,
  downloadIdleMs = DOWNLOAD_IDLE_MS,
}: {
  fileUrl: (path: string) => string;
  maxBytes: number;
  downloadIdleMs?: number;
}) {
  const feature = new Composer<BotContext>();

  feature.command('restock', async (ctx) => {
    const pools = await listPools(asSeller(ctx));
    if (pools.length === 0) return void (await ctx.reply(ctx.t('bot-no-pools')));
    const keyboard = new InlineKeyboard();
    for (const p of pools) keyboard.text(`${p.name} (${p.stock.available})`, `restock:${p.id}`).row();
    await ctx.reply(ctx.t('bot-choose-restock-pool'), { reply_markup: keyboard });
  });

  feature.callbackQuery(RESTOCK_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const pool = await getPool(asSeller(ctx), { poolId: ctx.match[1] ?? '' });
    ctx.session.step = { kind: 'restock', poolId: pool.id };
    await ctx.reply(
      isFileDeliveryType(pool.deliveryType)
        ? ctx.t('bot-restock-files-prompt', { pool: pool.name, hint: hint(ctx, pool.deliveryType) })
        : ctx.t('bot-restock-prompt', { pool: pool.name, hint: hint(ctx, pool.deliveryType) }),
    );
  });

  const step = (ctx: BotContext) => (ctx.session.step?.kind === 'restock' ? ctx.session.step : null);

  /** The step's pool; gone (deleted, or no longer theirs), the step ends and what was sent is deleted all the same. */
  async function poolOfStep(ctx: BotContext, service: ServiceContext, poolId: string): Promise<Pool> {
    try {
      return await getPool(service, { poolId });
    } catch (e) {
      delete ctx.session.step;
      await ctx.deleteMessage().catch(() => undefined);
      throw e;
    }
  }

  feature.on('message:text', async (ctx, next) => {
    const s = step(ctx);
    if (!s || ctx.message.text.startsWith('/')) return next();
    // One paste per /restock, whether it goes in or not.
    delete ctx.session.step;
    try {
      const service = asSeller(ctx);
      const pool = await getPool(service, { poolId: s.poolId });
      const { csv, mapping } = pastedToCsv(
        pool.deliveryType,
        pool.fields.map((f) => f.name),
        ctx.message.text,
      );
      const report = await importItems(service, {
        poolId: pool.id,
        source: 'bot',
        fileName: null,
        input: Readable.from([Buffer.from(csv)]),
        mapping,
        separator: ',',
      });
      await ctx.reply(reportText(ctx, await ctx.i18n.getLocale(), pool.name, report));
    } finally {
      // Deleting needs the bot to be allowed to; a failure here must not hide the import's.
      await ctx.deleteMessage().catch(() => undefined);
    }
  });

  feature.on('message:document', async (ctx, next) => {
    const s = step(ctx);
    if (!s) return next();
    const service = asSeller(ctx);
    const pool = await poolOfStep(ctx, service, s.poolId);
    const document = ctx.message.document;
    if (isFileDeliveryType(pool.deliveryType)) {
      return restockFile(ctx, { pool, service, name: document.file_name ?? 'file', size: document.file_size });
    }
    delete ctx.session.step;
    try {
      // Refused before a byte is downloaded when Telegram knows the size…
      if (document.file_size !== undefined && document.file_size > maxBytes)
        return void (await ctx.reply(tooLargeText(ctx, maxBytes)));
      const file = await ctx.getFile();
      if (!file.file_path) return void (await ctx.reply(ctx.t('bot-error')));
      const watch = idleWatch(downloadIdleMs);
      try {
        await importDocument(ctx, { document, pool, file: fileUrl(file.file_path), watch, service });
      } finally {
        watch.stop();
      }
    } finally {
      await ctx.deleteMessage().catch(() => undefined);
    }
  });

  // A photo is a file item of an image pool. Telegram sends a photo in several sizes, recompressed
  // to JPEG: the largest is the one to sell.
  feature.on('message:photo', async (ctx, next) => {
    const s = step(ctx);
    if (!s) return next();
    const service = asSeller(ctx);
    const pool = await poolOfStep(ctx, service, s.poolId);
    if (!isFileDeliveryType(pool.deliveryType)) return next();
    const largest = ctx.message.photo.reduce((a: PhotoSize, b: PhotoSize) =>
      b.width * b.height > a.width * a.height ? b : a,
    );
    await restockFile(ctx, {
      pool,
      service,
      name: `photo-${largest.file_unique_id}.jpg`,
      size: largest.file_size,
      fileId: largest.file_id,
    });
  });

  /**
   * One document or photo into a file or image pool: downloaded to a temporary file (held to
   * `maxBytes`, cut off when it stalls), imported through importFiles as its own batch (a ZIP
   * is one item per entry), and the seller's message deleted: the file is the goods. The step
   * stays, so the seller can send the next one (an album arrives as one message per photo);
   * /cancel ends it.
   */
  async function restockFile(
    ctx: BotContext,
    {
      pool,
      service,
      name,
      size,
      fileId,
    }: { pool: Pool; service: ServiceContext; name: string; size: number | undefined; fileId?: string },
  ) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codepool-bot-'));
    const spooled = path.join(dir, `${uuidv7()}.upload`);
    try {
      if (size !== undefined && size > maxBytes) return void (await ctx.reply(tooLargeText(ctx, maxBytes)));
      const file = await ctx.api.getFile(fileId ?? ctx.message?.document?.file_id ?? '');
      if (!file.file_path) return void (await ctx.reply(ctx.t('bot-error')));
      const watch = idleWatch(downloadIdleMs);
      try {
        const response = await fetch(fileUrl(file.file_path), { signal: watch.signal });
        if (!response.ok || !response.body) return void (await ctx.reply(ctx.t('bot-error')));
        await pipeline(
          Readable.from(capped(response.body as AsyncIterable<Uint8Array>, maxBytes, watch.alive)),
          createWriteStream(spooled),
        );
      } catch (e) {
        if (watch.signal.aborted) return void (await ctx.reply(ctx.t('bot-download-stalled')));
        if (tooLarge(e)) return void (await ctx.reply(tooLargeText(ctx, maxBytes)));
        throw e;
      } finally {
        watch.stop();
      }
      const { size: bytes } = await fs.stat(spooled);
      const report = await importFiles(service, {
        poolId: pool.id,
        files: [{ path: spooled, name, size: bytes }],
        // A chat has no "send again without the duplicates": report them and take the rest.
        skipDuplicates: true,
      });
      await ctx.reply(reportText(ctx, await ctx.i18n.getLocale(), pool.name, report));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
      await ctx.deleteMessage().catch(() => undefined);
    }
  }

  /** Downloads the document into the import pipeline, with progress edits; a stall imports nothing. */
  async function importDocument(
    ctx: BotContext,
    {
      document,
      pool,
      file,
      watch,
      service,
    }: {
      document: Document;
      pool: Pool;
      file: string;
      watch: ReturnType<typeof idleWatch>;
      service: ServiceContext;
    },
  ) {
    let response: Response;
    try {
      response = await fetch(file, { signal: watch.signal });
    } catch (e) {
      if (watch.signal.aborted) return void (await ctx.reply(ctx.t('bot-download-stalled')));
      throw e;
    }
    if (!response.ok || !response.body) return void (await ctx.reply(ctx.t('bot-error')));
    const status = await ctx.reply(progressText(ctx, 0, 0));
    const total = document.file_size ?? null;
    let lastEdit = Date.now();
    // Progress edits, at most one every two seconds, on top of the usual socket events.
    const withProgress: ServiceContext = {
      ...service,
      events: {
        toUser: (userId, event, payload) => {
          service.events.toUser(userId, event, payload);
          if (event !== 'import-progress' || Date.now() - lastEdit < 2000) return;
          lastEdit = Date.now();
          const p = payload as ServerEvents['import-progress'];
          const pct = total ? Math.min(99, Math.floor((p.bytes * 100) / total)) : null;
          void ctx.api
            .editMessageText(status.chat.id, status.message_id, progressText(ctx, p.rows, pct))
            .catch(() => undefined);
        },
      },
    };
    let result: string;
    try {
      const report = await importItems(withProgress, {
        poolId: pool.id,
        source: 'bot',
        fileName: document.file_name ?? null,
        // …and cut off while downloading when it does not, or was told wrong.
        input: capped(response.body as AsyncIterable<Uint8Array>, maxBytes, watch.alive),
        totalBytes: total,
      });
      result = reportText(ctx, await ctx.i18n.getLocale(), pool.name, report);
    } catch (e) {
      // The stall's abort surfaces as whatever the body's reader threw: the signal says which.
      if (watch.signal.aborted) result = ctx.t('bot-download-stalled');
      else if (tooLarge(e)) result = tooLargeText(ctx, maxBytes);
      else throw e;
    }
    await ctx.api.editMessageText(status.chat.id, status.message_id, result);
  }

  return feature;
}
