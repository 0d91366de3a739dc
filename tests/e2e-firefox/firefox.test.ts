/**
 * The Firefox build, end to end in Debian's Firefox ESR: the content script
 * reads the article, the toolbar badge shows, the sidebar page (opened as a
 * tab bound to the article, as the Chromium tests do) shows stakeholders and
 * quotes, a note and a highlight survive a reload and a restart (the highlight
 * drawn on the page, as its pixels show), and nothing
 * leaves the machine.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFixtureServer } from '../e2e/support/fixture-server.ts';
import type { FixtureServer } from '../e2e/support/fixture-server.ts';
import {
  colouredShare,
  launchFirefox,
  openExtensionPage,
  startRecordingProxy,
  tabIdOf,
  type FirefoxSession,
  type ProxyRecorder,
  type ScreenBox,
} from './support/firefox-browser.ts';

const ARTICLE = '/eu-taliban-brussels.html';
const NOTE = 'Firefox keeps this note across a restart';

let server: FixtureServer;
let proxy: ProxyRecorder;
let session: FirefoxSession;
let profileDir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  proxy = await startRecordingProxy();
  session = await launchFirefox({ proxyPort: proxy.port });
  profileDir = session.profileDir;
}, 120_000);

afterAll(async () => {
  await session?.close();
  await proxy?.close();
  await server?.close();
});

async function openArticle(): Promise<{ page: Page; tabId: number }> {
  const page = await session.browser.newPage();
  await page.goto(server.url(ARTICLE));
  return { page, tabId: await tabIdOf(session, page.url()) };
}

async function panelText(panel: Page): Promise<string> {
  return panel.evaluate(() => document.body.innerText);
}

/** The paragraph holding `text`, scrolled into view, and the box of its first line. */
async function lineBox(page: Page, text: string): Promise<ScreenBox> {
  return page.evaluate((wanted: string) => {
    const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(wanted));
    if (!paragraph) throw new Error(`no paragraph holds "${wanted}"`);
    paragraph.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    const node = [...paragraph.childNodes].find((n) => n.textContent?.includes(wanted));
    if (!node) throw new Error('no text node');
    const start = node.textContent?.indexOf(wanted) ?? 0;
    range.setStart(node, start);
    range.setEnd(node, start + wanted.length);
    const box = range.getClientRects()[0];
    if (!box) throw new Error('passage not laid out');
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  }, text);
}

/**
 * The reader's highlights the panel lists as found on the page (the content
 * script anchored them there), as opposed to those listed as not found.
 */
async function anchoredHighlights(panel: Page): Promise<string> {
  return panel.evaluate(() => {
    const orphans = document.querySelector('.orphans')?.textContent ?? '';
    const section = document.getElementById('highlights-heading')?.closest('section')?.textContent ?? '';
    return orphans ? section.replace(orphans, '') : section;
  });
}

const PASSAGE = 'The European Commission invited';

/** How much of the passage's line shows a tint, as the reader sees it (scrolled into view first). */
async function passageTint(page: Page): Promise<number> {
  return colouredShare(session, page, await lineBox(page, PASSAGE));
}

/** Most of a highlighted line's pixels are tinted; unmarked black-on-white text has next to none. */
const DRAWN = 0.5;
const UNMARKED = 0.05;

/**
 * Click the on-page Highlight button. It lives in a closed shadow root the test
 * cannot query, beside the selection's end; it ignores clicks for a moment
 * after it appears, so click until the panel lists the new highlight.
 */
async function clickHighlightButton(page: Page, panel: Page): Promise<void> {
  const spot = await page.evaluate(() => {
    const selection = getSelection();
    if (!selection?.rangeCount) throw new Error('nothing is selected');
    const r = selection.getRangeAt(0).getBoundingClientRect();
    const left = Math.max(4, Math.min(r.right - 40, innerWidth - 110));
    const top = r.bottom + 8 > innerHeight - 40 ? r.top - 40 : r.bottom + 8;
    return { x: left + 16, y: top + 12 };
  });
  await expect
    .poll(async () => {
      await page.mouse.click(spot.x, spot.y);
      return panelText(panel);
    }, { timeout: 10_000 })
    .toContain(PASSAGE);
}

describe('the Firefox build in Firefox ESR', () => {
  it('reads the article, shows the badge, and the sidebar page shows stakeholders and quotes', async () => {
    const { tabId } = await openArticle();
    const probe = await session.extensionPage();
    await expect.poll(() => probe.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('POL');

    const panel = await openExtensionPage(session.browser, session.panelUrl(tabId));
    await expect.poll(() => panelText(panel), { timeout: 20_000 }).toContain('Maxime Prévot');
    const text = await panelText(panel);
    expect(text).toContain('European Commission');
    expect(text).toContain('I disapprove of the invitation of the Taliban to Brussels, but I cannot block it');
    expect(text).not.toContain('needs your permission');
    // The README's picture of the sidebar in Firefox, from this run.
    await panel.setViewport({ width: 400, height: 900 });
    await panel.screenshot({ path: fileURLToPath(new URL('../e2e/screenshots/firefox-sidebar.png', import.meta.url)) });
    await panel.close();
  });

  it('keeps a note and a highlight across a reload and a browser restart with the same profile', async () => {
    const { page, tabId } = await openArticle();

    const panel = await openExtensionPage(session.browser, session.panelUrl(tabId));
    const editor = await panel.waitForSelector('textarea.note-body', { timeout: 20_000 });
    await editor?.click();
    await panel.keyboard.type(NOTE);
    await expect.poll(() => panel.evaluate(() => document.querySelector('.save-status')?.textContent)).toBe('Saved on this device');

    // A reader's selection with the real mouse, then the on-page Highlight button.
    await page.bringToFront();
    const box = await lineBox(page, PASSAGE);
    expect(await passageTint(page)).toBeLessThan(UNMARKED);
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await clickHighlightButton(page, panel);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await expect.poll(() => passageTint(page)).toBeGreaterThan(DRAWN);

    await page.reload();
    await tabIdOf(session, page.url());
    await expect.poll(() => anchoredHighlights(panel), { timeout: 20_000 }).toContain(PASSAGE);
    await expect.poll(() => passageTint(page)).toBeGreaterThan(DRAWN);

    await session.close();
    session = await launchFirefox({ profileDir, proxyPort: proxy.port });
    const again = await openArticle();
    const reopened = await openExtensionPage(session.browser, session.panelUrl(again.tabId));
    await expect
      .poll(() => reopened.evaluate(() => [...document.querySelectorAll('textarea.note-body')].map((t) => (t as HTMLTextAreaElement).value)), {
        timeout: 20_000,
      })
      .toContain(NOTE);
    await expect.poll(() => anchoredHighlights(reopened), { timeout: 20_000 }).toContain(PASSAGE);
    await expect.poll(() => passageTint(again.page)).toBeGreaterThan(DRAWN);
  }, 180_000);

  it('made no network request beyond this machine', async () => {
    // The recorder sees what leaves the machine: a page's own request to the outside shows up there.
    const page = await session.browser.newPage();
    await page.goto(server.url(ARTICLE));
    await page.evaluate(() => fetch('http://proxy-check.invalid/').catch(() => undefined));
    await expect.poll(() => proxy.requests).toContain('http://proxy-check.invalid/');
    expect(proxy.requests.filter((r) => r !== 'http://proxy-check.invalid/')).toEqual([]);
  });

  it('asks for access to read pages, and says why, when the reader withdrew it', async () => {
    const { tabId } = await openArticle();
    const probe = await session.extensionPage();
    await probe.evaluate(async () => {
      const origins = [...new Set((chrome.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []))];
      await chrome.permissions.remove({ origins });
    });
    const panel = await openExtensionPage(session.browser, session.panelUrl(tabId));
    await expect.poll(() => panelText(panel)).toContain('needs your permission to read the pages you open');
    expect(await panel.$('.access-needed button')).not.toBeNull();
  });
});
