import { pipeline } from 'node:stream';
import { type ItemFile, isImageContentType } from '@codepool/shared';
import type { Response } from 'express';
import { z } from 'zod';
import { MAX_TOKEN_LENGTH } from '../../crypto/download-token.ts';
import { downloadFile } from '../../domain/deliveries/download-link.ts';
import { authenticate } from '../auth.ts';
import type { RouteKit } from '../route.ts';

/**
 * `GET /api/files/:token`: the bytes of one delivered file or image, decrypted as they stream.
 * The signed token is the credential — an <img> or Telegram's downloadFile sends no
 * Authorization header — so the route is `auth: 'none'`; a request that does carry one for
 * another user is refused. Only the Authorization header counts, not the dashboard's ambient
 * session cookie. Answers are never cached, never sniffed, and sandboxed: a file is shown as
 * the type sniffed from its bytes at import, and nothing in it can run on this origin.
 */
export function fileRoutes(kit: RouteKit) {
  kit.openapi.add({
    method: 'get',
    path: '/files/:token',
    summary: 'The bytes of a delivered file or image, through a signed single-use download link',
    tag: 'files',
    auth: 'none',
    // For the document only: the token is checked (and a malformed one refused with 403) by downloadFile.
    params: z.strictObject({ token: z.string().max(MAX_TOKEN_LENGTH) }),
  });
  kit.router.get('/files/:token', async (req, res) => {
    const token = String(req.params.token ?? '');
    const claimedUserId = req.get('authorization') ? (await authenticate(kit.deps, kit.auth, req)).user.id : undefined;
    const download = await downloadFile(kit.deps, {
      token,
      claimedUserId,
      origin: { ip: req.ip, userAgent: req.get('user-agent') },
      head: req.method === 'HEAD',
    });
    setFileHeaders(res, download.file);
    if (!download.body) return void res.status(200).end();
    res.status(200);
    // A decrypt or read failure mid-way destroys the response: the client sees a cut
    // connection, never a 200 that is silently short.
    pipeline(download.body, res, (err) => {
      if (err && !res.writableFinished)
        kit.deps.log.error({ err, reqId: res.locals.requestId }, 'file download failed mid-stream');
    });
  });
}

function setFileHeaders(res: Response, file: ItemFile) {
  const disposition = isImageContentType(file.contentType) ? 'inline' : 'attachment';
  res.set({
    'Content-Type': file.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : file.contentType,
    'Content-Length': String(file.size),
    'Content-Disposition': `${disposition}; filename="${asciiName(file.name)}"; filename*=UTF-8''${rfc5987(file.name)}`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'Referrer-Policy': 'no-referrer',
  });
}

/** The quoted fallback for clients without filename*: printable ASCII, no quote or backslash. */
function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
}

function rfc5987(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
