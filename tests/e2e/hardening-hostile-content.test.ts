/**
 * Hostile page text is shown as inert text everywhere: a news article with
 * HTML, script, URL, template and Markdown payloads planted in its title,
 * site name, byline, quotations and speaker names, and the same payloads
 * typed into a note. Nothing may run (no dialog, no console marker, no
 * sentinel, no request to the beacon) and the text must show literally.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hostileArticleHtml } from '../fixtures/hostile/hostile-article.ts';
import { hostilePayloads, shownWhole } from '../fixtures/hostile/payloads.ts';
import type { Payload } from '../fixtures/hostile/payloads.ts';
import { launchWithExtension } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startPageServer } from './support/page-server.ts';
import type { PageServer } from './support/page-server.ts';
import { sentinelIn, watchForScripts } from './support/script-watch.ts';
import type { ScriptWatch } from './support/script-watch.ts';
import { highlightTexts, openFixture, openPanelTab } from './support/tabs.ts';

const ARTICLE = '/news/housing-budget.html';
const HUGE_NAME_ARTICLE = '/news/housing-budget-huge-name.html';
const LIBRARY_PATH = 'src/library/index.html';

let server: PageServer;
let browser: ExtensionBrowser;
let scripts: ScriptWatch;
let payloads: Payload[];
const byName = (name: string) => payloads.find((p) => p.name === name)!.text;

beforeAll(async () => {
  server = await startPageServer();
  payloads = hostilePayloads(server.url('/beacon'));
  server.put(ARTICLE, hostileArticleHtml(payloads, articleOptions()));
  server.put(HUGE_NAME_ARTICLE, hostileArticleHtml(payloads.slice(0, 8), { ...articleOptions(), siteName: `Gazette ${'N'.repeat(100_000)}`, speakerName: `Lena ${'n'.repeat(100_000)}ovak` }));
  browser = await launchWithExtension();
  scripts = watchForScripts(browser.context);
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

function articleOptions() {
  return {
    title: `Council moves housing money ${byName('img onerror')}`,
    siteName: `${byName('style breakout')} Gazette`,
    speakerName: `Lena Novak ${byName('svg onload')}`,
  };
}

/**
 * Nothing ran anywhere: no dialog, no marker, no sentinel in the given pages, no request to the beacon.
 * (Every other request is covered by hardening-private.test.ts: a DevTools connection here would take over downloads.)
 */
async function expectNothingRan(pages: Page[]): Promise<void> {
  // Give a payload that loads lazily (an image error, a focus) time to fire.
  await pages[0]!.waitForTimeout(500);
  expect(scripts.dialogs).toEqual([]);
  expect(scripts.markedConsoleLines).toEqual([]);
  for (const page of pages) expect(await sentinelIn(page)).toBeUndefined();
  expect(server.requests.filter((path) => path.startsWith('/beacon'))).toEqual([]);
}

/** Elements or attributes in an extension page that only injected markup could have made. */
function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) if (attribute.startsWith('on')) found.push(`${element.localName}[${attribute}]`);
    }
    const suspicious = 'img, iframe, object, embed, base, form, math, template, noscript, meta[http-equiv], a[href^="javascript:"], script:not([src])';
    for (const element of document.querySelectorAll(suspicious)) found.push(element.outerHTML.slice(0, 80));
    return found;
  });
}

describe('a hostile article', () => {
  test('the panel shows every payload as text, and none runs', async () => {
    const { page, tabId } = await openFixture(browser, server, ARTICLE);
    const panel = await openPanelTab(browser, tabId);
    await expect.poll(() => panel.locator('.title').textContent()).toBe(articleOptions().title);
    expect(await panel.locator('.site').textContent()).toBe(articleOptions().siteName);

    await expect.poll(() => panel.locator('.quote-text').count()).toBeGreaterThanOrEqual(30);
    const quoteTexts = await panel.locator('.quote-text').allTextContents();
    const shown = payloads.filter((p) => shownWhole(p) && quoteTexts.some((t) => t.includes(p.text)));
    console.info(`hostile content: ${payloads.length} payloads planted, ${shown.length} shown whole as quote text in the panel`);
    expect(shown.length).toBeGreaterThanOrEqual(30);
    // Planted speaker names show as text too (the engine keeps the name part it recognises).
    expect((await panel.locator('.speaker').allTextContents()).join('\n')).toContain('Lena');

    // Revealing a payload quote draws it on the page as text, through the content script.
    await panel.locator('.more-quotes summary').click();
    const scriptQuote = panel.locator('.quote', { has: panel.locator('.quote-text', { hasText: byName('script element') }) });
    await scriptQuote.locator('button.passage').first().click();
    await expect.poll(async () => (await highlightTexts(page, 'reveal')).join('')).toContain(byName('script element'));

    expect(await injectedMarkup(panel)).toEqual([]);
    await expectNothingRan([panel, page]);
  });

  test('payloads typed into a note and its tags are kept literally, in the panel, the library and the Markdown export', async () => {
    const { tabId } = await openFixture(browser, server, ARTICLE);
    const panel = await openPanelTab(browser, tabId);
    const body = payloads.map((p) => p.text).join('\n');
    const editor = panel.locator('textarea.note-body').first();
    await expect.poll(() => editor.isEnabled()).toBe(true);
    await editor.fill(body);
    await panel.locator('input.note-tags').first().fill(byName('img onerror'));
    await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');

    await panel.reload();
    await expect.poll(() => panel.locator('textarea.note-body').first().inputValue()).toBe(body);
    expect(await injectedMarkup(panel)).toEqual([]);

    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/${LIBRARY_PATH}`);
    await expect.poll(() => library.locator('body').textContent()).toContain(articleOptions().title);
    expect(await injectedMarkup(library)).toEqual([]);

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export as Markdown' }).click()]);
    const markdown = readFileSync(await download.path(), 'utf8');
    // Page text (title, site) is escaped; the only unescaped "<" may open the article's URL autolink.
    expect(markdown).toContain('# Council moves housing money \\<img src\\=x onerror\\=');
    expect(markdown.match(/(?<!\\)<(?!http:\/\/127\.0\.0\.1)/g)).toBeNull();

    await expectNothingRan([panel, library]);
  });

  test('a 100 KB site name and speaker name neither break the reading nor run anything', async () => {
    const { page, tabId } = await openFixture(browser, server, HUGE_NAME_ARTICLE);
    const panel = await openPanelTab(browser, tabId);
    await expect.poll(() => panel.locator('.title').textContent()).toBe(articleOptions().title);
    // Cut to the protocol's bound, not refused: before, such a page could keep itself from being read at all.
    expect(await panel.locator('.site').textContent()).toMatch(/^Gazette N{1000,}…$/);
    expect(await panel.locator('.quote-text').count()).toBeGreaterThan(0);
    await expectNothingRan([panel, page]);
  });

  // Last: it makes a payload run on purpose, to show the detectors above would have seen one.
  test('control: the same watchers catch a payload that the page itself runs', async () => {
    const { page } = await openFixture(browser, server, ARTICLE);
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), `${byName('img onerror')}${byName('embed beacon')}`);
    // The dialog, the console line and the request each reach the test as their own event: wait for all of them.
    await expect
      .poll(async () => ({
        dialogs: scripts.dialogs.length,
        consoleLines: scripts.markedConsoleLines.length,
        sentinel: await sentinelIn(page),
        beacon: server.requests.some((path) => path.startsWith('/beacon')),
      }))
      .toEqual({ dialogs: 1, consoleLines: 1, sentinel: 1, beacon: true });
  });
});
