/**
 * The page and the panel as one: the reader's highlights are saved, drawn
 * again, re-anchored after the page's text changed, and kept (listed as not
 * found) when their passage is gone; single-page navigation and URL variants.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { FIXTURE_ROOT, startFixtureServer } from './support/fixture-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { highlightInPage } from './support/reader-actions.ts';
import { highlightTexts, openFixture, openPanelTab } from './support/tabs.ts';

// The pages are copied so a test can edit them between visits, as publishers do.
const siteDir = mkdtempSync(join(tmpdir(), 'policy-lens-site-'));
cpSync(FIXTURE_ROOT, siteDir, { recursive: true });
const editablePath = join(siteDir, 'editable.html');
const editPage = (edit: (html: string) => string) => writeFileSync(editablePath, edit(readFileSync(editablePath, 'utf8')));

let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await startFixtureServer(siteDir);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('user highlights', () => {
  const PASSAGE = 'the new goverment plan would cut waiting lists by half';
  const NOTE = 'Check this against the ministry’s own waiting-list figures.';

  test('are saved from the selection, drawn again after a reload, re-anchored after edits, and kept when their text is gone', async () => {
    const { page, tabId } = await openFixture(browser, server, '/editable.html');
    await highlightInPage(page, PASSAGE, '#target');
    await expect.poll(() => highlightTexts(page, 'user-yellow')).toEqual([PASSAGE]);

    const panel = await openPanelTab(browser, tabId);
    const item = panel.locator('.highlight', { hasText: PASSAGE });
    await expect.poll(() => item.count()).toBe(1);

    // A note about the highlight, chosen in the note's "About" menu.
    const note = panel.locator('.note-card').first();
    await expect.poll(() => note.locator('textarea.note-body').isEnabled()).toBe(true);
    await note.locator('textarea.note-body').fill(NOTE);
    await note.locator('.note-about select').selectOption({ label: `Highlight: “${PASSAGE}”` });
    await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');
    await expect.poll(() => item.locator('.highlight-note').allTextContents()).toEqual([NOTE]);

    await page.reload();
    await expect.poll(() => highlightTexts(page, 'user-yellow')).toEqual([PASSAGE]);

    // A word inserted before the passage, and a typo fixed inside it.
    editPage((html) => html.replace('The ministry said the new goverment plan', 'The ministry said on Tuesday that the new government plan'));
    await page.reload();
    await expect
      .poll(() => highlightTexts(page, 'user-yellow'))
      .toEqual(['the new government plan would cut waiting lists by half']);

    // The paragraph is deleted: the highlight is not dropped but listed as not found.
    editPage((html) => html.replace(/<p id="target">.*?<\/p>/s, ''));
    await page.reload();
    await panel.reload();
    const orphan = panel.locator('.orphans .highlight', { hasText: PASSAGE });
    // Its note is intact, with it and in the notes. The highlights, the notes attached to them and the notes section
    // are three live queries of the reloaded panel, each answering in its own time: their final state, read as a whole.
    await expect
      .poll(async () => ({
        orphans: await orphan.count(),
        attached: await orphan.locator('.highlight-note').allTextContents(),
        firstNote: (await panel.locator('.note-card textarea.note-body').evaluateAll((all) => all.map((t) => (t as HTMLTextAreaElement).value)))[0],
        drawn: await highlightTexts(page, 'user-yellow'),
      }))
      .toEqual({ orphans: 1, attached: [NOTE], firstNote: NOTE, drawn: [] });
  });
});

describe('single-page apps', () => {
  test('a pushState navigation gets its own analysis in the panel and its own notes', async () => {
    const { page, tabId } = await openFixture(browser, server, '/spa/budget');
    const panel = await openPanelTab(browser, tabId);
    await expect.poll(() => panel.locator('.title').textContent()).toBe('City council approves budget with deep cuts to libraries');
    const editor = panel.locator('textarea.note-body').first();
    await expect.poll(() => editor.isEnabled()).toBe(true);
    await editor.fill('Budget note: check the library branch list.');
    await expect.poll(() => panel.locator('.save-status').first().textContent()).toBe('Saved on this device');

    await page.click('a[href="/spa/transit"]');
    await expect.poll(() => panel.locator('.title').textContent()).toBe('Transit agency plans fare-free buses on busiest routes');
    await expect.poll(() => panel.locator('textarea.note-body').first().inputValue()).toBe('');

    await page.goBack();
    await expect.poll(() => panel.locator('.title').textContent()).toBe('City council approves budget with deep cuts to libraries');
    await expect.poll(() => panel.locator('textarea.note-body').first().inputValue()).toBe('Budget note: check the library branch list.');
  });
});

describe('article identity', () => {
  test('the same article with tracking parameters or a fragment shares its notes', async () => {
    const note = `Shared note ${Date.now()}`;
    const first = await openFixture(browser, server, '/editable.html?utm_source=newsletter&utm_medium=email');
    const panel = await openPanelTab(browser, first.tabId);
    const editor = panel.locator('textarea.note-body').first();
    await expect.poll(() => editor.isEnabled()).toBe(true);
    await editor.fill(note);
    await expect.poll(() => panel.locator('.save-status').first().textContent()).toBe('Saved on this device');

    const second = await openFixture(browser, server, '/editable.html#section-2');
    const secondPanel = await openPanelTab(browser, second.tabId);
    await expect.poll(() => secondPanel.locator('textarea.note-body').first().inputValue()).toBe(note);
  });
});
