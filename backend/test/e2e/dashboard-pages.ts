import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { UserRow } from '../../src/db/schema/index.ts';
import { createLoginToken } from '../../src/domain/auth/login-links.ts';
import type { Running } from '../../src/server.ts';
import { checkAndShoot } from './axe.ts';

/**
 * Dashboard pages for a browser test: a fresh context per page (closed by `closeAll`), page
 * crashes collected in `crashes`, sign-in by a one-time link, and full-page screenshots with
 * toasts dismissed and the page scrolled to the top, each page checked by axe-core first (a
 * serious or critical violation fails the test).
 */
export function dashboardPages(get: () => { browser: Browser; running: Running; shots: string }) {
  const contexts: BrowserContext[] = [];
  const crashes: string[] = [];
  return {
    crashes,
    async newPage(): Promise<Page> {
      const context = await get().browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      page.on('pageerror', (e) => crashes.push(e.message));
      return page;
    },
    async signIn(page: Page, user: UserRow) {
      const { running } = get();
      await page.goto(
        `${running.url}/api/auth/login?token=${await createLoginToken(running.deps, { userId: user.id })}`,
      );
      await page.getByRole('button', { name: 'Sign in' }).click();
    },
    async shot(page: Page, name: string) {
      await page.evaluate(() => {
        for (const b of document.querySelectorAll<HTMLButtonElement>('.toast button')) b.click();
      });
      await page.evaluate(() => window.scrollTo(0, 0));
      await checkAndShoot(page, path.join(get().shots, name));
    },
    async closeAll() {
      for (const c of contexts) await c.close().catch(() => undefined);
    },
  };
}
