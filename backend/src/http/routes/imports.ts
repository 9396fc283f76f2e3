import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  FileUploadFields,
  IdParams,
  ImportBatch,
  ImportBatchDetail,
  ImportBatchParams,
  ImportReport,
  ImportUploadFields,
  ListImportsQuery,
  page,
  UndoImportResult,
} from '@codepool/shared';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { z } from 'zod';
import { actorFor } from '../../domain/auth/identify.ts';
import { filesOf, type ServiceContext, sellerId, withActor } from '../../domain/context.ts';
import { ServiceError, ValidationError } from '../../domain/errors.ts';
import { checkImportTarget } from '../../domain/imports/check-import-target.ts';
import { getImport } from '../../domain/imports/get-import.ts';
import { importFiles } from '../../domain/imports/import-files.ts';
import { importItems } from '../../domain/imports/import-items.ts';
import type { ImportSlot } from '../../domain/imports/import-slots.ts';
import { listImports } from '../../domain/imports/list-imports.ts';
import { undoImport } from '../../domain/imports/undo-import.ts';
import { requireFilePool } from '../../domain/items/add-file-item.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { authenticate } from '../auth.ts';
import { zodDetails } from '../errors.ts';
import { findNul } from '../refuse-nul.ts';
import { type RouteKit, route } from '../route.ts';
import { spoolUploads } from '../spool-uploads.ts';

export const DEFAULT_IMPORT_MAX_BYTES = 50 * 1024 * 1024;
/** Multipart framing allowed on top of FILE_IMPORT_MAX_BYTES before the declared length alone refuses an upload. */
const UPLOAD_OVERHEAD_BYTES = 1024 * 1024;

export type ImportRouteOptions = {
  /** Largest accepted upload; more is a 413 and nothing is written. */
  maxBytes?: number;
  /** Where uploads wait on disk while they are imported (deleted afterwards): `<DATA_DIR>/uploads`. */
  uploadDir?: string;
};

/** Runs multer for one request; its errors become the API's (413 over the limit, 400 otherwise). */
function receive(handler: ReturnType<ReturnType<typeof multer>['single']>, req: Request, res: Response) {
  return new Promise<void>((resolve, reject) => {
    handler(req, res, (err?: unknown) => {
      if (!err) return resolve();
      // The storage's own refusals (spoolUploads: the upload's total) are already the API's.
      if (err instanceof ServiceError) return reject(err);
      if (err instanceof multer.MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE') {
          return reject(new ServiceError('payload_too_large', 'the file is larger than this server accepts'));
        }
        if (err.code === 'LIMIT_FILE_COUNT') {
          return reject(
            new ValidationError('too many files in one upload; nothing was imported', { field: err.field }),
          );
        }
        return reject(new ValidationError(`the upload could not be read: ${err.message}`, { field: err.field }));
      }
      // The multipart parser's own errors (a truncated body, a malformed part header) are the
      // caller's; only a file-system error (it has a syscall) is ours.
      if (err instanceof Error && !('syscall' in err)) {
        return reject(new ValidationError('the upload could not be read: malformed multipart body'));
      }
      reject(err);
    });
  });
}

/**
 * CSV imports. The upload is multipart, so it does not fit `route` (JSON bodies): the caller
 * is authenticated, the pool checked and an import slot taken before a byte of the file is
 * accepted, then multer spools it to disk and the import streams it from there.
 */
export function importRoutes(
  kit: RouteKit,
  {
    maxBytes = DEFAULT_IMPORT_MAX_BYTES,
    uploadDir = path.join(os.tmpdir(), 'codepool-uploads'),
  }: ImportRouteOptions = {},
) {
  const upload = multer({
    storage: multer.diskStorage({
      destination: (_req, _file, cb) => {
        fs.mkdir(uploadDir, { recursive: true }).then(
          () => cb(null, uploadDir),
          (e: Error) => cb(e, uploadDir),
        );
      },
      filename: (_req, _file, cb) => cb(null, `${uuidv7()}.upload`),
    }),
    limits: { fileSize: maxBytes, files: 1, fields: 8, fieldSize: 16 * 1024, parts: 10 },
    defParamCharset: 'utf8',
  }).single('file');

  kit.openapi.add({
    method: 'post',
    path: '/pools/:id/imports',
    summary: 'Import a CSV (multipart: file; optional separator, mapping as JSON, strict)',
    tag: 'imports',
    auth: 'seller',
    scope: 'pools:write',
    params: IdParams,
    response: ImportReport,
    status: 201,
  });
  kit.router.post('/pools/:id/imports', async (req, res) => {
    // Everything that can refuse the upload is decided before a byte of the body is read:
    // who calls, that the pool is theirs, and a free import slot. A refusal closes the
    // connection instead of draining a body nobody will read.
    const { ctx, poolId, slot } = await admitUpload(kit, req, res, {
      wrongType: 'send the CSV as multipart/form-data in the field "file"',
    });
    let file: Express.Multer.File | undefined;
    let input: ReturnType<typeof createReadStream> | null = null;
    let report: ImportReport;
    try {
      await receive(upload, req, res);
      file = req.file;
      input = file ? createReadStream(file.path) : null;
      if (!file || !input) throw new ValidationError('no file: send the CSV in the multipart field "file"');
      const fields = formFields(req, ImportUploadFields, { fileName: file.originalname });
      report = await importItems(ctx, {
        poolId,
        source: 'csv',
        fileName: file.originalname,
        input,
        totalBytes: file.size,
        ...fields,
        ...(slot ? { slot } : {}),
      });
    } finally {
      slot?.release();
      // Before answering: once the client has its answer, the upload is gone.
      input?.destroy();
      if (file) await fs.rm(file.path, { force: true });
    }
    res.status(201).json(report);
  });

  kit.openapi.add({
    method: 'post',
    path: '/pools/:id/imports/files',
    summary:
      'Import files into a file or image pool (multipart: one or more parts in "files"; a ZIP is one item per entry, with an optional items.csv of file, pin, note; optional unpack=false, skipDuplicates=true)',
    tag: 'imports',
    auth: 'seller',
    scope: 'pools:write',
    params: IdParams,
    response: ImportBatchDetail,
    status: 201,
  });
  kit.router.post('/pools/:id/imports/files', async (req, res) => {
    // As for CSVs: caller, pool (a file or image pool), size and a free slot are decided
    // before a byte of the body is read.
    const { limits } = filesOf(kit.deps);
    const { ctx, poolId, slot } = await admitUpload(kit, req, res, {
      wrongType: 'send the files as multipart/form-data in the field "files"',
      maxBytes: limits.importMaxBytes,
      check: requireFilePool,
    });
    const upload = multer({
      storage: spoolUploads(uploadDir, limits.importMaxBytes),
      limits: {
        fileSize: limits.importMaxBytes,
        files: limits.importMaxFiles,
        fields: 4,
        fieldSize: 1024,
        parts: limits.importMaxFiles + 4,
      },
      defParamCharset: 'utf8',
    }).array('files');
    let files: Express.Multer.File[] = [];
    let report: ImportBatchDetail;
    try {
      try {
        await receive(upload, req, res);
      } catch (e) {
        // The rest of the body is not read: do not keep the connection for it.
        res.setHeader('connection', 'close');
        throw e;
      }
      files = Array.isArray(req.files) ? req.files : [];
      if (files.length === 0) throw new ValidationError('no files: send them in the multipart field "files"');
      const fields = formFields(req, FileUploadFields, { fileNames: files.map((f) => f.originalname) });
      report = await importFiles(ctx, {
        poolId,
        files: files.map((f) => ({ path: f.path, name: f.originalname, size: f.size })),
        ...(fields.unpack !== undefined ? { unpack: fields.unpack } : {}),
        ...(fields.skipDuplicates !== undefined ? { skipDuplicates: fields.skipDuplicates } : {}),
        ...(slot ? { slot } : {}),
      });
    } finally {
      slot?.release();
      await Promise.all(files.map((f) => fs.rm(f.path, { force: true })));
    }
    res.status(201).json(report);
  });

  const base = { tag: 'imports', auth: 'seller' } as const;
  route(
    kit,
    {
      ...base,
      method: 'get',
      path: '/pools/:id/imports',
      summary: 'Import batches of a pool, newest first',
      scope: 'pools:read',
      params: IdParams,
      query: ListImportsQuery,
      response: page(ImportBatch),
    },
    ({ ctx, params, query }) => listImports(ctx, { poolId: params.id, ...query }),
  );
  route(
    kit,
    {
      ...base,
      method: 'get',
      path: '/pools/:id/imports/:batchId',
      summary: 'One import batch with its rejected lines',
      scope: 'pools:read',
      params: ImportBatchParams,
      response: ImportBatchDetail,
    },
    ({ ctx, params }) => getImport(ctx, { poolId: params.id, batchId: params.batchId }),
  );
  route(
    kit,
    {
      ...base,
      method: 'post',
      path: '/pools/:id/imports/:batchId/undo',
      summary: 'Withdraw the still-available items of a batch',
      scope: 'pools:write',
      params: ImportBatchParams,
      response: UndoImportResult,
    },
    ({ ctx, params }) => undoImport(ctx, { poolId: params.id, batchId: params.batchId }),
  );
}

/**
 * Everything that can refuse an upload, decided before a byte of its body is read: who calls,
 * the path, multipart, a declared size over the bound, that the pool is theirs (and of the
 * right kind), and a free import slot. A refusal closes the connection instead of draining a
 * body nobody will read.
 */
async function admitUpload(
  kit: RouteKit,
  req: Request,
  res: Response,
  {
    wrongType,
    maxBytes,
    check,
  }: { wrongType: string; maxBytes?: number; check?: (pool: Awaited<ReturnType<typeof checkImportTarget>>) => void },
): Promise<{ ctx: ServiceContext; poolId: string; slot: ImportSlot | undefined }> {
  try {
    const actor = actorFor('seller', await authenticate(kit.deps, kit.auth, req), 'pools:write');
    const params = IdParams.safeParse(req.params);
    if (!params.success) throw new ValidationError('invalid path parameters', zodDetails(params.error));
    if (!req.is('multipart/form-data')) throw new ServiceError('unsupported_media_type', wrongType);
    // The parts' headers and boundaries on top of the bytes: a little slack.
    if (maxBytes !== undefined && Number(req.get('content-length') ?? 0) > maxBytes + UPLOAD_OVERHEAD_BYTES) {
      throw new ServiceError('payload_too_large', `the upload is larger than ${maxBytes} bytes`);
    }
    const poolId = params.data.id;
    const ctx = withActor(kit.deps, actor, { ip: req.ip, userAgent: req.get('user-agent') });
    const pool = await checkImportTarget(ctx, { poolId });
    check?.(pool);
    return { ctx, poolId, slot: kit.deps.importSlots?.take(sellerId(ctx)) };
  } catch (e) {
    res.setHeader('connection', 'close');
    throw e;
  }
}

/**
 * An upload's form fields, parsed. They and the file names reach text columns: the JSON
 * routes' NUL rule holds here too.
 */
function formFields<T>(req: Request, schema: z.ZodType<T>, names: Record<string, string | string[]>): T {
  const nulAt = findNul({ ...(req.body ?? {}), ...names });
  if (nulAt !== null) {
    throw new ValidationError('text may not contain NUL (\\u0000) characters (form)', [
      { path: nulAt, message: 'contains a NUL character' },
    ]);
  }
  const fields = schema.safeParse(req.body ?? {});
  if (!fields.success) throw new ValidationError('invalid form fields', zodDetails(fields.error));
  return fields.data;
}
