import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type multer from 'multer';
import { PayloadTooLargeError } from '../domain/errors.ts';
import { uuidv7 } from '../lib/ids.ts';

/**
 * multer storage that spools each part to `dir` and holds the whole request to `maxTotalBytes`
 * (multer bounds one part, not their sum): past it the part being written is removed and the
 * upload refused with a 413; multer removes the parts already written. One per request.
 */
export function spoolUploads(dir: string, maxTotalBytes: number): multer.StorageEngine {
  let total = 0;
  return {
    _handleFile(_req, file, cb) {
      const filename = `${uuidv7()}.upload`;
      const dest = path.join(dir, filename);
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          total += chunk.length;
          if (total > maxTotalBytes)
            return done(
              new PayloadTooLargeError(`the upload is larger than ${maxTotalBytes} bytes; nothing was imported`),
            );
          done(null, chunk);
        },
      });
      fs.mkdir(dir, { recursive: true })
        .then(() => pipeline(file.stream, counter, createWriteStream(dest)))
        .then(
          () => cb(null, { destination: dir, filename, path: dest, size }),
          async (e: unknown) => {
            await fs.rm(dest, { force: true }).catch(() => undefined);
            cb(e as Error);
          },
        );
    },
    _removeFile(_req, file, cb) {
      fs.rm(file.path, { force: true }).then(
        () => cb(null),
        (e: Error) => cb(e),
      );
    },
  };
}
