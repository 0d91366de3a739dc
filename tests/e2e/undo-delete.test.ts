/**
 * Undoing a deletion in real Chromium: in the panel and in the library, a
 * deleted note or highlight shows "… deleted · Undo" for a few seconds; Undo
 * (by mouse or from the keyboard) brings it back for good (after a reload too),
 * and once the toast has gone the deletion stays.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { panelOnArticle } from './support/library-actions.ts';
import { highlightInPage, writeNote } from './support/reader-actions.ts';
import { openFixture, openLibrary, openPanelTab } from './support/tabs.ts';

const ARTICLE = '/editable.html';
const QUOTE = 'the new goverment plan would cut waiting lists by half';
/** Longer than the toast stays. */
const TOAST_GONE = { timeout: 20_000 };

let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

const noteTexts = (panel: Page) => panel.locator('textarea.note-body').evaluateAll((all) => all.map((t) => (t as HTMLTextAreaElement).value));
const toast = (page: Page) => page.locator('.undo-toast');

describe('undo a deletion in the panel', () => {
  test('from the keyboard: Delete, then Undo, which has the focus; the note is back, also after a reload', async () => {
    const panel = await panelOnArticle(browser, server, ARTICLE);
    const note = `Kept by an undo ${Date.now()}`;
    await writeNote(panel, note);
    await panel.locator('.note-delete').first().focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => toast(panel).textContent()).toBe('Note deleted · Undo');
    await expect.poll(() => noteTexts(panel)).not.toContain(note);
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await panel.keyboard.press('Enter');
    await expect.poll(() => noteTexts(panel)).toContain(note);
    await expect.poll(() => toast(panel).count()).toBe(0);
    await panel.reload();
    await expect.poll(() => noteTexts(panel)).toContain(note);
  });

  test('a deletion left alone: the toast goes and the note stays deleted after a reload', async () => {
    const panel = await panelOnArticle(browser, server, ARTICLE);
    const note = `Deleted for good ${Date.now()}`;
    await panel.getByRole('button', { name: 'Add a note' }).click();
    await writeNoteInLast(panel, note);
    await panel.locator('.note-delete').last().click();
    await expect.poll(() => toast(panel).count()).toBe(1);
    await expect.poll(() => toast(panel).count(), TOAST_GONE).toBe(0);
    await panel.reload();
    await expect.poll(() => panel.locator('textarea.note-body').count()).toBeGreaterThan(0);
    expect(await noteTexts(panel)).not.toContain(note);
  });
});

describe('undo a deletion in the library', () => {
  test('an article’s notes and highlights can be deleted there; Undo brings one back, a lapsed toast keeps the other deleted', async () => {
    const { page, tabId } = await openFixture(browser, server, ARTICLE);
    const panel = await openPanelTab(browser, tabId);
    const note = `A note for the library ${Date.now()}`;
    await writeNoteInLast(panel, note);
    await highlightInPage(page, QUOTE);
    await expect.poll(() => panel.locator('.highlights .highlight').count()).toBe(1);

    const library = await openLibrary(browser);
    const row = library.locator('.library-article').filter({ hasText: 'note' }).first();
    const items = () => row.locator('.library-items li').allTextContents();
    await row.getByText('Notes and highlights').click();
    await expect.poll(items).toContainEqual(expect.stringContaining(note));
    await row.getByRole('button', { name: `Delete note: ${note}` }).click();
    await expect.poll(() => toast(library).textContent()).toBe('Note deleted · Undo');
    await expect.poll(items).not.toContainEqual(expect.stringContaining(note));
    await toast(library).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(items).toContainEqual(expect.stringContaining(note));

    await row.getByRole('button', { name: `Delete highlight: ${QUOTE}` }).click();
    await expect.poll(() => toast(library).textContent()).toBe('Highlight deleted · Undo');
    await expect.poll(() => toast(library).count(), TOAST_GONE).toBe(0);
    await library.reload();
    const reloaded = library.locator('.library-article').filter({ hasText: 'note' }).first();
    await reloaded.getByText('Notes and highlights').click();
    await expect.poll(() => reloaded.locator('.library-items li').allTextContents()).toContainEqual(expect.stringContaining(note));
    expect(await reloaded.locator('.library-items li').allTextContents()).not.toContainEqual(expect.stringContaining(QUOTE));
    await expect.poll(() => panel.locator('.highlights .highlight').count()).toBe(0);
  });
});

async function writeNoteInLast(panel: Page, text: string): Promise<void> {
  await panel.locator('textarea.note-body').last().fill(text);
  await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');
}
