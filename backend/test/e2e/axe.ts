import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's own bundle, evaluated in the page (past its CSP, which forbids inline scripts). */
const AXE_SOURCE: string = (require('axe-core') as { source: string }).source;

type AxeResult = {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
};

/** The impacts that fail a test: a minor or moderate finding is reported by axe but passes. */
const FAILING = new Set(['serious', 'critical']);

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now and throws, naming each rule
 * and up to five of its elements, when a serious or critical violation is found.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  );
  const failing = (result as AxeResult).violations.filter((v) => v.impact !== null && FAILING.has(v.impact));
  if (failing.length === 0) return;
  const lines = failing.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`)
        .join('\n')}`,
  );
  throw new Error(
    `axe-core found ${failing.length} serious or critical violation(s) on ${label}:\n${lines.join('\n')}`,
  );
}

/** Checks the page with axe-core, then saves a full-page screenshot: every page a browser test shows is checked. */
export async function checkAndShoot(page: Page, file: string): Promise<void> {
  await expectAccessible(page, path.basename(file));
  await page.screenshot({ path: file, fullPage: true });
}
