import express from 'express';
import { z } from 'zod';
import { consumeLoginToken, revokeSession, SESSION_TTL_H } from '../../domain/auth/login-links.ts';
import { ServiceError } from '../../domain/errors.ts';
import { readCookie, SESSION_COOKIE } from '../auth.ts';
import type { RouteKit } from '../route.ts';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>` +
  `<body style="font-family:system-ui,sans-serif;max-width:520px;margin:15vh auto;padding:0 24px;color:#222">` +
  `<h1 style="font-size:22px">${title}</h1><p>${text}</p></body></html>`;

/**
 * The dashboard's sign-in: the bot's one-time link lands here, trades its token for an
 * httpOnly session cookie and goes on to the dashboard. A bad link gets a page that says
 * what to do, not a JSON error, because a person opened it.
 */
export function authRoutes(kit: RouteKit, { secureCookies }: { secureCookies: () => boolean }) {
  kit.openapi.add({
    method: 'get',
    path: '/auth/login',
    summary: 'Sign in with a one-time link from the bot',
    tag: 'auth',
    auth: 'none',
  });
  kit.router.get('/auth/login', async (req, res) => {
    const token = z.string().safeParse(req.query.token);
    try {
      const { sessionToken } = await consumeLoginToken(kit.deps, token.success ? token.data : '', {
        ip: req.ip,
        userAgent: req.get('user-agent'),
      });
      res.cookie(SESSION_COOKIE, sessionToken, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies(),
        path: '/',
        maxAge: SESSION_TTL_H * 3600 * 1000,
      });
      res.redirect(303, '/');
    } catch (e) {
      if (!(e instanceof ServiceError)) throw e;
      res
        .status(401)
        .type('html')
        .send(page('This sign-in link does not work', `${e.message}.`));
    }
  });
  kit.openapi.add({
    method: 'post',
    path: '/auth/logout',
    summary: 'Sign out of the dashboard',
    tag: 'auth',
    auth: 'none',
  });
  kit.router.post('/auth/logout', express.json(), async (req, res) => {
    const session = readCookie(req, SESSION_COOKIE);
    if (session) await revokeSession(kit.deps.db, session);
    res.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).end();
  });
}
