import http from 'node:http';
import { randomCode } from './harness.ts';

export type StreamedAnswer = { status: number; headers: http.IncomingHttpHeaders; body: any; at: number };

/**
 * A multipart CSV upload sent as a stream the test controls: `send` more lines, `finish` it,
 * or never finish it. `answer` settles when the server answers, whether or not the body was sent.
 */
export function streamingUpload(base: string, auth: string, poolId: string) {
  const boundary = `----codepool${randomCode()}`;
  const url = new URL(`${base}/api/pools/${poolId}/imports`);
  const req = http.request({
    method: 'POST',
    host: url.hostname,
    port: url.port,
    path: url.pathname,
    headers: { authorization: auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  // Writes after the server has answered and closed fail; the answer is what the test reads.
  req.on('error', () => undefined);
  const answer = new Promise<StreamedAnswer>((resolve, reject) => {
    req.on('response', (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        data += d;
      });
      res.on('end', () => {
        let body: unknown = data;
        try {
          body = JSON.parse(data);
        } catch {}
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, at: Date.now() });
      });
      res.on('error', reject);
    });
  });
  req.write(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="codes.csv"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const closed = new Promise<void>((resolve) =>
    req.socket
      ? req.socket.once('close', () => resolve())
      : req.once('socket', (sock) => sock.once('close', () => resolve())),
  );
  return {
    answer,
    /** Settles when the connection is closed, by either side. */
    closed,
    /** Resolves when the bytes are on their way, or when the connection is gone (refused and closed). */
    send(text: string) {
      return new Promise<void>((resolve) => {
        if (req.destroyed || req.writableEnded) return resolve();
        if (req.write(text)) return resolve();
        req.once('drain', () => resolve());
        void closed.then(() => resolve());
      });
    },
    finish(text = '') {
      req.end(`${text}\r\n--${boundary}--\r\n`);
    },
    abort() {
      req.destroy();
    },
  };
}

/** `p`, or a rejection naming `what` after `ms`: a test that would hang fails instead. */
export function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]);
}

export function codeLines(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += `${randomCode()}\n`;
  return out;
}
