/**
 * A page cannot drive the extension: the runtime API is not reachable from
 * the page's own scripts, and our message shapes posted with
 * `window.postMessage` or dispatched as DOM events change nothing (no
 * passage revealed or drawn, no highlight saved, no scroll).
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { drawnLayers, highlightButtonCentre } from './support/overlay.ts';
import { clickHighlightButton, selectInPage } from './support/reader-actions.ts';
import { useExtensionSession } from './support/session.ts';
import { storedHighlights } from './support/stored-highlights.ts';
import { openFixture, openPanelTab } from './support/tabs.ts';

const ARTICLE = '/eu-taliban-brussels.html';
const PREVOT_QUOTE = 'I disapprove of the invitation of the Taliban to Brussels, but I cannot block it';

const session = useExtensionSession();

/** Everything a spoofed message could change that the page can see: drawn highlights and the scroll position. */
async function pageState(page: Page) {
  return { highlights: await drawnLayers(page), scrollY: await page.evaluate(() => window.scrollY) };
}

test('the page’s own scripts cannot reach the extension’s runtime', async () => {
  const { page } = await openFixture(session.browser, session.server, ARTICLE);
  const reach = await page.evaluate(async (extensionId) => {
    const runtime = (window as { chrome?: { runtime?: { sendMessage?: unknown; id?: unknown } } }).chrome?.runtime;
    let answered = false;
    if (typeof runtime?.sendMessage === 'function') {
      try {
        await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(extensionId, { type: 'get-tab-reading', tabId: 1 });
        answered = true;
      } catch {
        // Refused: no externally_connectable entry lets a page in.
      }
    }
    return { id: runtime?.id ?? null, answered };
  }, session.browser.extensionId);
  expect(reach).toEqual({ id: null, answered: false });
});

test('our message shapes posted or dispatched by the page change nothing', async () => {
  const { page, tabId } = await openFixture(session.browser, session.server, ARTICLE);
  const before = await pageState(page);

  await page.evaluate(
    ({ quote }) => {
      const selector = { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' };
      const messages = [
        { type: 'reveal-passage', selector },
        { type: 'draw-passages', set: 'user', passages: [{ id: 'spoofed', layer: 'user-yellow', quote: selector, label: 'spoofed' }] },
        { type: 'capture-selection', colour: 'yellow' },
        { type: 'create-highlight', quote: selector, position: { type: 'TextPositionSelector', start: 0, end: 10 }, colour: 'yellow' },
        { type: 'step-passage', direction: 'next' },
      ];
      // With the quote selected, so a capture would have something to save.
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(quote))!;
      window.getSelection()!.selectAllChildren(paragraph);
      for (const message of messages) {
        window.postMessage(message, '*');
        window.dispatchEvent(new MessageEvent('message', { data: message, origin: location.origin }));
        document.dispatchEvent(new CustomEvent(message.type, { detail: message, bubbles: true }));
        window.dispatchEvent(new CustomEvent(`policy-lens:${message.type}`, { detail: message }));
      }
    },
    { quote: PREVOT_QUOTE },
  );
  await page.waitForTimeout(500);
  expect(await pageState(page)).toEqual(before);

  // Nothing was saved either: the panel lists no highlight for the article, and none is stored (the panel's list is
  // empty while it loads too).
  const panel = await openPanelTab(session.browser, tabId);
  await expect.poll(() => panel.locator('.highlights .empty').count()).toBe(1);
  expect(await panel.locator('.highlights .highlight').count()).toBe(0);
  expect(await storedHighlights(panel)).toEqual([]);
});

test('a script-made click on the on-page Highlight button saves nothing; the reader’s click does', async () => {
  const { page, tabId } = await openFixture(session.browser, session.server, ARTICLE);
  const panel = await openPanelTab(session.browser, tabId);
  await expect.poll(() => panel.locator('.highlights .empty').count()).toBe(1);
  await page.bringToFront();
  await selectInPage(page, PREVOT_QUOTE);
  let centre: { x: number; y: number } | null = null;
  await expect.poll(async () => (centre = await highlightButtonCentre(page))).not.toBeNull();

  // The page's scripts can only reach the host of the closed shadow root, and their clicks are not the reader's.
  await page.evaluate(({ x, y }) => {
    (document.querySelector('policy-lens-overlay') as HTMLElement).click();
    document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
  }, centre!);
  await page.waitForTimeout(300);
  expect(await panel.locator('.highlights .highlight').count()).toBe(0);

  // Control: the reader's real click at the same place saves it, and it alone is stored (a save set off by the
  // script's click would have been sent before the reader's).
  await clickHighlightButton(page);
  await expect.poll(() => panel.locator('.highlights .highlight').count()).toBe(1);
  expect(await storedHighlights(panel)).toHaveLength(1);
});
