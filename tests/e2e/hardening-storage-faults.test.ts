/**
 * Storage faults beyond the full disk of notes-library.test.ts, in real
 * Chromium: IndexedDB unavailable in the panel (a clear message, the text
 * kept), a database left at version 1 by an earlier install (migrated with
 * every note and highlight), and one left at a newer version by another
 * release (notes still save).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { articleKey } from '../../src/shared/article-identity.ts';
import { launchWithExtension } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { highlightTexts, openFixture, openPanelTab } from './support/tabs.ts';

const ARTICLE = '/eu-taliban-brussels.html';
/** Set in the extension's localStorage, it makes IndexedDB refuse to open in extension pages opened afterwards. */
const NO_INDEXEDDB = 'hardening:no-indexeddb';

let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  await browser.context.addInitScript((flag) => {
    if (location.protocol !== 'chrome-extension:' || localStorage.getItem(flag) === null) return;
    IDBFactory.prototype.open = () => {
      throw new DOMException('IndexedDB is not available in this window.', 'InvalidStateError');
    };
  }, NO_INDEXEDDB);
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function panelOnArticle(): Promise<Page> {
  const { tabId } = await openFixture(browser, server, ARTICLE);
  return openPanelTab(browser, tabId);
}

/** Run `script` in the extension's origin, on a page that opens no database of its own (the manifest). */
async function inExtensionPage<T>(script: (flag: string) => T | Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  try {
    return await page.evaluate(script, NO_INDEXEDDB);
  } finally {
    await page.close();
  }
}

// Runs first, on a fresh profile: nothing has opened the database yet.
test('a database left at version 1 by an earlier install: its note and highlight are migrated, shown and drawn', async () => {
  // Another article than the other tests' own, so its notes stay out of their way.
  const path = '/editable.html';
  const key = articleKey(server.url(path), null);
  const quote = 'the new goverment plan would cut waiting lists by half';
  // Version 1's layout exactly (Dexie's version 1 is IndexedDB version 10), written without Dexie, as that release left it.
  const extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  await extensionPage.evaluate(
    ({ key, quote }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('policy-lens', 10);
        request.onupgradeneeded = () => {
          const db = request.result;
          const stores = { articles: 'key', notes: 'id', highlights: 'id' } as const;
          for (const [name, keyPath] of Object.entries(stores)) {
            const store = db.createObjectStore(name, { keyPath });
            if (name !== 'articles') store.createIndex('articleKey', 'articleKey');
            store.createIndex('updatedAt', 'updatedAt');
          }
          const tx = request.transaction!;
          tx.objectStore('articles').add({ key, url: key, title: 'Health ministry promises shorter waiting lists', siteName: 'Civic Daily', topic: 'Health', createdAt: 1, updatedAt: 3 });
          tx.objectStore('notes').add({ id: 'v1-note', articleKey: key, body: 'Kept since the first release', createdAt: 1, updatedAt: 2, deletedAt: null });
          tx.objectStore('highlights').add({
            id: 'v1-highlight',
            articleKey: key,
            quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: 0, end: 0 },
            colour: 'yellow',
            createdAt: 1,
            updatedAt: 3,
            deletedAt: null,
          });
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    { key, quote },
  );
  await extensionPage.close();

  const { page, tabId } = await openFixture(browser, server, path);
  const panel = await openPanelTab(browser, tabId);
  await expect.poll(() => panel.locator('textarea.note-body').first().inputValue()).toBe('Kept since the first release');
  await expect.poll(() => highlightTexts(page, 'user-yellow')).toEqual([quote]);
  // The migrated database takes new notes too.
  await panel.getByRole('button', { name: 'Add a note' }).click();
  await panel.locator('textarea.note-body').last().fill('Written after the upgrade');
  await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');
  await panel.reload();
  await expect.poll(() => noteTexts(panel)).toEqual(
    expect.arrayContaining(['Kept since the first release', 'Written after the upgrade']),
  );
  await page.close();
  await panel.close();
});

test('IndexedDB unavailable: a clear message, the text kept, and saved by the next panel that can', async () => {
  await inExtensionPage((flag) => localStorage.setItem(flag, '1'));
  const panel = await panelOnArticle();
  const text = 'Written where nothing can be stored';
  const editor = panel.locator('textarea.note-body').first();
  await editor.fill(text);
  await expect.poll(() => panel.getByRole('alert').first().textContent()).toMatch(/cannot store notes/);
  expect(await editor.inputValue()).toBe(text);
  await panel.close();

  await inExtensionPage((flag) => localStorage.removeItem(flag));
  const next = await panelOnArticle();
  await expect.poll(() => next.locator('textarea.note-body').first().inputValue()).toBe(text);
  await next.reload();
  await expect.poll(() => next.locator('textarea.note-body').first().inputValue()).toBe(text);
});

// A later release would raise the database's version. Dexie opens it at that version and works with the tables it
// has, so going back to an older release (a reinstall, a rollback) loses nothing and keeps saving.
test('a database left at a newer version by another release: notes still save and stay', async () => {
  // Dexie's version 2 is IndexedDB version 20; a later release would have raised it. Open panels would hold it back.
  for (const page of browser.context.pages()) await page.close();
  await inExtensionPage(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('policy-lens', 1_000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('an open connection did not give way to the newer version'));
      }),
  );
  const panel = await panelOnArticle();
  // The article already has the note of the test before: it loads, and a new one is added beside it.
  await expect.poll(() => noteTexts(panel)).toContain('Written where nothing can be stored');
  await panel.getByRole('button', { name: 'Add a note' }).click();
  const text = 'Typed while the database is from a later release';
  await panel.locator('textarea.note-body').last().fill(text);
  await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');
  await panel.reload();
  await expect.poll(() => noteTexts(panel)).toEqual(expect.arrayContaining([text, 'Written where nothing can be stored']));
});

function noteTexts(panel: Page): Promise<string[]> {
  return panel.locator('textarea.note-body').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
}
