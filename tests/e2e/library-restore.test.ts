/**
 * The library in real Chromium: search finds what the analysis said about a
 * kept article (a stakeholder's surname, words of a quote), importing a
 * backup brings back a note deleted since, and a large import never holds a
 * panel's save.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension } from './support/extension-browser.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { chooseImportFile, downloadFrom, panelOnArticle } from './support/library-actions.ts';
import { syntheticExport } from './support/synthetic-export.ts';
import { openLibrary } from './support/tabs.ts';

const ARTICLE = '/eu-taliban-brussels.html';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});


async function writeNote(panel: Page, text: string): Promise<void> {
  await panel.locator('textarea.note-body').last().fill(text);
  await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');
}


describe('library search and restoring a backup', () => {
  test('search finds a stakeholder by surname and words of a quote; importing a backup restores a note deleted since', async () => {
    const browser = await launchWithExtension();
    try {
      const panel = await panelOnArticle(browser, server, ARTICLE);
      await writeNote(panel, 'A note to keep');
      const library = await openLibrary(browser);
      await expect.poll(() => library.locator('.library-article').count()).toBe(1);

      // The summary kept with the article: search a stakeholder's surname, then two words of a kept quote.
      const search = library.getByRole('searchbox', { name: 'Search notes, highlights and titles' });
      await search.fill('prévot');
      await expect.poll(() => library.locator('.library-hit.hit-stakeholder').allTextContents()).toContainEqual(expect.stringMatching(/^Stakeholder Maxime Prévot/));
      const backup = await downloadFrom(library, 'Export all as JSON');
      const quote = (JSON.parse(backup) as { articles: { quotes: { text: string }[] }[] }).articles[0]?.quotes[0]?.text ?? '';
      const words = quote.split(/\s+/).filter((w) => /^\p{L}{5,}$/u.test(w)).slice(0, 2);
      expect(words).toHaveLength(2);
      await search.fill(words.join(' '));
      await expect.poll(() => library.locator('.library-hit.hit-quote').allTextContents()).toContainEqual(expect.stringContaining(quote.replace(/\s+/g, ' ').slice(0, 40)));

      // Delete the note in the panel, then import the backup: the library offers to bring it back, and says what it did.
      await panel.getByRole('button', { name: 'Delete note 1' }).click();
      await expect.poll(() => panel.locator('textarea.note-body').first().inputValue()).toBe('');
      await chooseImportFile(library, backup);
      await expect.poll(() => library.locator('.import-question').textContent()).toMatch(/1 notes or highlights .* were deleted here after this file was made/);
      await library.getByRole('button', { name: 'Bring them back' }).click();
      await expect.poll(() => library.locator('.import-result').textContent()).toMatch(/: 1 restored, 0 added, 0 updated, 1 already up to date\./);
      await expect.poll(() => panel.locator('textarea.note-body').first().inputValue()).toBe('A note to keep');
    } finally {
      await browser.close();
    }
  });

  test('an import is read, checked and written off the library page, its backup copy written once its batches are done, all of it as soon as the library says it is done', async () => {
    const browser = await launchWithExtension();
    try {
      // Count what the page's own thread does: parsing a large text, writing notes to IndexedDB or to the backup copy while batches run.
      await browser.context.addInitScript(() => {
        const seen = { largeParses: 0, notePuts: 0, copyWritesDuringBatches: 0 };
        Object.assign(window, { importWorkSeen: seen });
        const parse = JSON.parse;
        JSON.parse = (text: string, ...rest: []) => {
          if (text.length > 100_000) seen.largeParses++;
          return parse(text, ...rest);
        };
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (this.name === 'notes') seen.notePuts++;
          return put.apply(this, args);
        };
        // The batches are running until the import's worker says the merge is done.
        let merged = false;
        const PageWorker = window.Worker;
        window.Worker = class extends PageWorker {
          constructor(...args: ConstructorParameters<typeof Worker>) {
            super(...args);
            this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
              if (event.data.type === 'merged') merged = true;
            });
          }
        };
        const local = (globalThis as unknown as { chrome?: { storage?: { local?: { set(items: object): Promise<void> } } } }).chrome?.storage?.local;
        if (!local) return;
        const set = local.set.bind(local);
        local.set = (items: object) => {
          if (!merged && Object.keys(items).some((key) => key.startsWith('copy:note:'))) seen.copyWritesDuringBatches++;
          return set(items);
        };
      });
      const library = await openLibrary(browser);
      await chooseImportFile(library, syntheticExport({ articles: 100, notes: 5_000, body: 'The harbour levy vote was put off again' }));
      await expect.poll(() => library.locator('.import-result').textContent(), { timeout: 120_000 }).toMatch(/0 restored, 5100 added/);
      expect(await library.evaluate(() => (window as unknown as { importWorkSeen: object }).importWorkSeen)).toEqual({ largeParses: 0, notePuts: 0, copyWritesDuringBatches: 0 });
      const copied = await library.evaluate(async () => {
        const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome;
        const keys = Object.keys(await storage.local.get(null));
        return { notes: keys.filter((key) => key.startsWith('copy:note:')).length, markedHeld: keys.includes('import:copy-held') };
      });
      // The mark an import leaves while it holds changes back from the copy is gone once the copy has them.
      expect(copied).toEqual({ notes: 5_000, markedHeld: false });
    } finally {
      await browser.close();
    }
  }, 180_000);

  test('a panel saves while a large import is still running', async () => {
    const browser = await launchWithExtension();
    try {
      const panel = await panelOnArticle(browser, server, ARTICLE);
      const library = await openLibrary(browser);
      await chooseImportFile(library, syntheticExport({ articles: 400, notes: 40_000, body: 'The council weighed the harbour levy again, and the port operators asked for another delay before the vote' }));
      await expect.poll(() => library.locator('.import-progress progress[value]').count(), { timeout: 60_000 }).toBe(1);
      await panel.locator('textarea.note-body').first().fill('Typed while a backup is being imported');
      await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');
      // The import has not finished: the save did not wait for it.
      expect(await library.locator('.import-progress').count()).toBe(1);
      await library.getByRole('button', { name: 'Cancel import' }).click();
      await expect.poll(() => library.locator('.import-result').textContent(), { timeout: 30_000 }).toMatch(/cancelled/);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
