import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/**
 * Serves a built single-page app under a prefix, falling back to its index.html for
 * client-side routes. A missing build is skipped: the API works without it.
 */
export function serveSpa(app: Express, prefix: string, dir: string): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(prefix, express.static(dir, { index: false, maxAge: '1h' }));
  app.get(prefix === '/' ? /^(?!\/(api|socket\.io|telegram)\/).*/ : new RegExp(`^${prefix}(/.*)?$`), (_req, res) => {
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return true;
}
