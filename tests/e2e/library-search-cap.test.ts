/**
 * A search that matches more than the library shows says how many matched in
 * all ("the first 200 of 250"), in real Chromium, rather than passing the
 * first 200 off as everything.
 */
import { expect, test } from 'vitest';
import { launchWithExtension } from './support/extension-browser.ts';
import { chooseImportFile } from './support/library-actions.ts';
import { syntheticExport } from './support/synthetic-export.ts';
import { openLibrary } from './support/tabs.ts';

const MATCHING = 250;

test('a search matching more than is shown reports the number shown and the number matching', async () => {
  const browser = await launchWithExtension();
  try {
    const library = await openLibrary(browser);
    await chooseImportFile(library, syntheticExport({ articles: MATCHING / 10, notes: MATCHING, body: 'The quayside fees came up again, item' }));
    await expect.poll(() => library.locator('.import-result').textContent()).toMatch(/, 275 added,/) // 25 articles and 250 notes;
    await library.getByRole('searchbox', { name: 'Search notes, highlights and titles' }).fill('quayside');
    await expect
      .poll(() => library.locator('.hits-capped').textContent())
      .toBe('Showing the first 200 of 250 matching notes, highlights and articles: add a word to narrow the search.');
    await library.getByRole('searchbox', { name: 'Search notes, highlights and titles' }).fill('quayside 7');
    // Between the two answers the list is briefly empty (loading), and before that it still shows the first search's
    // 200 hits with the notice: only the narrower search's answer has hits and no notice.
    await expect
      .poll(async () => ({ capped: await library.locator('.hits-capped').count(), hits: (await library.locator('.library-hit').count()) > 0 }))
      .toEqual({ capped: 0, hits: true });
  } finally {
    await browser.close();
  }
});
