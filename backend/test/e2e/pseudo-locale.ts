import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The right-to-left pseudo-locale (`?lang=ar-XB`) wraps every catalogue text in a right-to-left
 * override: a screen in it shows whether the layout mirrors without clipping, and whether any
 * text on screen did not come from the catalogue.
 */
export const RLO = '\u202E';

/** What a pseudo-locale layout must hold on every screen: no overflow, nothing clipped. */
export async function expectLaidOutRtl(page: Page, label: string) {
  const found = await page.evaluate(() => {
    const doc = document.documentElement;
    const clipped: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const cs = getComputedStyle(el);
      const hides =
        ['hidden', 'clip'].includes(cs.overflowX) ||
        ['hidden', 'clip'].includes(cs.overflow) ||
        cs.textOverflow === 'ellipsis';
      // A visually hidden text for screen readers is 1px wide on purpose.
      if (!hides || !el.textContent?.trim() || el.clientWidth <= 1) continue;
      if (el.scrollWidth > el.clientWidth + 1) clipped.push(`${el.className}: ${el.textContent.trim().slice(0, 40)}`);
    }
    return {
      dir: doc.dir,
      lang: doc.lang,
      overflow: doc.scrollWidth > doc.clientWidth ? `${doc.scrollWidth} > ${doc.clientWidth}` : null,
      clipped,
    };
  });
  expect(found, label).toEqual({ dir: 'rtl', lang: 'ar-XB', overflow: null, clipped: [] });
}

/**
 * Every visible text of the screen that is not data (a title, a name, a number, a code) starts
 * with the pseudo-locale's right-to-left override: a text that does not was not taken from the
 * catalogue. `data` lists the selectors of the screen's data.
 */
export async function expectAllFromCatalogue(page: Page, data: string[], dataText?: RegExp) {
  const strays = await page.evaluate(
    ({ rlo, data }) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent?.trim() ?? '';
        const parent = n.parentElement;
        if (!parent || !/\p{L}{2,}/u.test(text)) continue;
        if (parent.closest(data.join(','))) continue;
        if (!parent.checkVisibility()) continue;
        // Texts of one message may be split over several nodes: the node must be inside one.
        // A message with marked words (<b>, <code>) puts them in elements of their own: look up to its paragraph.
        let whole = parent;
        for (let i = 0; i < 3 && !whole.textContent?.includes(rlo) && whole.parentElement; i++) {
          if (getComputedStyle(whole).display !== 'inline') break;
          whole = whole.parentElement;
        }
        if (!whole.textContent?.includes(rlo)) out.push(text.slice(0, 60));
      }
      return out;
    },
    { rlo: RLO, data },
  );
  // Texts that are data by their shape (a date the pseudo-locale writes in English) pass too.
  expect(dataText ? strays.filter((s) => !dataText.test(s)) : strays).toEqual([]);
}
