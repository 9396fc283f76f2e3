import type { Translator } from '@codepool/shared/i18n';
import type { Request, Response } from 'express';
import express from 'express';
import { z } from 'zod';
import { consumeLoginToken, peekLoginToken, revokeSession, SESSION_TTL_H } from '../../domain/auth/login-links.ts';
import { ServiceError } from '../../domain/errors.ts';
import { AVAILABLE_LOCALES, localeOf, translatorFor } from '../../i18n/catalogues.ts';
import { readCookie, SESSION_COOKIE } from '../auth.ts';
import type { RouteKit } from '../route.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A small page for a person who opened a link, in their language; `body` is HTML already escaped. */
const page = (tr: Translator, title: string, body: string) =>
  `<!doctype html><html lang="${tr.locale}" dir="${tr.dir}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>` +
  `<body style="font-family:system-ui,sans-serif;max-width:520px;margin:15vh auto;padding:0 24px;color:#222">` +
  `<h1 style="font-size:22px">${escapeHtml(title)}</h1>${body}</body></html>`;

/** A page about a link that does not work, with one sentence saying why. */
const badLink = (tr: Translator, sentence: string) =>
  page(tr, tr.t('page-signin-bad-link'), `<p>${escapeHtml(sentence)}</p>`);

/** The language of a page for someone not known yet: the browser's `Accept-Language`. */
const browserLanguage = (req: Request) => translatorFor(req.acceptsLanguages(...AVAILABLE_LOCALES) || 'en');

/**
 * The sign-in pages are never framed, cached or given a referrer off-site, and may post
 * their one form only here: the confirm button cannot be clicked through another page.
 */
function sendPage(res: Response, status: number, html: string) {
  res
    .status(status)
    .set({
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    })
    .type('html')
    .send(html);
}

/**
 * A browser says where a form post came from: `Sec-Fetch-Site`, and `Origin` on every
 * cross-origin POST. Either naming another site is refused, so a page elsewhere cannot post
 * its own account's link and sign the visitor in as someone else (login CSRF). A request
 * with neither is not a browser's, and no browser can be made to send it.
 */
function fromThisOrigin(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  if (site && site !== 'same-origin') return false;
  const origin = req.get('origin');
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}

/**
 * The dashboard's sign-in: the bot's one-time link lands on a page that says whose account
 * it opens and changes nothing; its button posts the token back here, which trades it for
 * an httpOnly session cookie and goes on to the dashboard. Opening a link (a preview, a
 * forged link sent to a victim) signs nobody in. A bad link gets a page that says what to
 * do, not a JSON error, because a person opened it.
 */
export function authRoutes(kit: RouteKit, { secureCookies }: { secureCookies: () => boolean }) {
  kit.openapi.add({
    method: 'get',
    path: '/auth/login',
    summary: 'The page of a one-time sign-in link from the bot: asks to confirm, changes nothing',
    tag: 'auth',
    auth: 'none',
  });
  kit.router.get('/auth/login', async (req, res) => {
    const token = z.string().safeParse(req.query.token);
    const user = token.success ? await peekLoginToken(kit.deps, { token: token.data }) : null;
    if (!user) {
      const tr = browserLanguage(req);
      sendPage(res, 401, badLink(tr, tr.t('page-signin-bad-link-body')));
      return;
    }
    // The account's own language: the one its owner chose, or their Telegram's.
    const tr = translatorFor(localeOf(user));
    const who = escapeHtml(user.username ? `${user.firstName} (@${user.username})` : user.firstName);
    const NAME = '\u0000name\u0000';
    const sentence = escapeHtml(tr.t('page-signin-as', { who: NAME })).replace(NAME, `<strong>${who}</strong>`);
    sendPage(
      res,
      200,
      page(
        tr,
        tr.t('page-signin-title'),
        `<p>${sentence}</p>` +
          `<form method="post" action="/api/auth/login"><input type="hidden" name="token" value="${escapeHtml(token.data ?? '')}">` +
          `<button type="submit" style="font:inherit;padding:8px 16px">${escapeHtml(tr.t('page-signin-button'))}</button></form>`,
      ),
    );
  });

  kit.openapi.add({
    method: 'post',
    path: '/auth/login',
    summary: 'Sign in with a one-time link’s token (form post from its page)',
    tag: 'auth',
    auth: 'none',
  });
  kit.router.post('/auth/login', express.urlencoded({ extended: false, limit: '2kb' }), async (req, res) => {
    if (!fromThisOrigin(req)) {
      const tr = browserLanguage(req);
      sendPage(res, 403, badLink(tr, tr.t('page-signin-wrong-origin')));
      return;
    }
    const token = z.object({ token: z.string() }).safeParse(req.body);
    try {
      const { sessionToken } = await consumeLoginToken(
        { ...kit.deps, origin: { ip: req.ip, userAgent: req.get('user-agent') } },
        { token: token.success ? token.data.token : '' },
      );
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
      const tr = browserLanguage(req);
      // The service's sentence says which (expired, used); another language says the code's.
      sendPage(res, 401, badLink(tr, tr.locale === 'en' ? `${e.message}.` : tr.t('page-signin-bad-link-body')));
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
    if (session) await revokeSession(kit.deps, { sessionToken: session });
    res.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).end();
  });
}
