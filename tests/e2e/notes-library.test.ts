/**
 * Notes and the library in real Chromium with real IndexedDB: nothing typed
 * is lost when the panel closes, an export moves every note and highlight to
 * a fresh profile, and search finds a word in the middle of a note.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension } from './support/extension-browser.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { chooseImportFile, downloadFrom, panelOnArticle } from './support/library-actions.ts';
import { openFixture, openLibrary } from './support/tabs.ts';

const ARTICLE = '/eu-taliban-brussels.html';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});


function noteTexts(panel: Page): Promise<string[]> {
  return panel.locator('textarea.note-body').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
}

async function importText(page: Page, text: string): Promise<string> {
  await chooseImportFile(page, text);
  await expect.poll(() => page.locator('.import-result').count()).toBe(1);
  return (await page.locator('.import-result').textContent()) ?? '';
}

/** An export file written by hand: an article with a highlight and a note attached to it, as another browser would export them. */
function handMadeExport(): string {
  const article = 'https://news.example/budget-vote';
  return JSON.stringify({
    format: 'policy-lens-notes',
    version: 1,
    articles: [
      { key: article, url: article, title: 'Parliament passes the budget', siteName: 'News Example', topic: 'Macroeconomics', stakeholders: [{ name: 'Finance minister', role: null, stance: 'supports' }], createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 },
    ],
    notes: [
      { id: 'seed-note', articleKey: article, body: 'Deficit target slips to 2028 <img src=x onerror=alert(1)>', tags: ['budget'], attachment: { kind: 'highlight', highlightId: 'seed-highlight' }, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, deletedAt: null },
    ],
    highlights: [
      { id: 'seed-highlight', articleKey: article, quote: { type: 'TextQuoteSelector', exact: 'the deficit will narrow only slowly', prefix: 'warned that ', suffix: ' over the' }, position: { type: 'TextPositionSelector', start: 120, end: 149 }, colour: 'yellow', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, deletedAt: null },
    ],
  });
}

describe('notes never lose a word', () => {
  test('closing the panel 300 ms after the last keystroke keeps the text, also after a browser restart', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'policy-lens-close-'));
    const text = `Closed mid-sentence ${Date.now()}: the last words matter`;
    let browser = await launchWithExtension({ profileDir });
    try {
      const panel = await panelOnArticle(browser, server, ARTICLE);
      await panel.locator('textarea.note-body').click();
      await panel.keyboard.type(text, { delay: 10 });
      await panel.waitForTimeout(300);
      await panel.close();

      const reopened = await panelOnArticle(browser, server, ARTICLE);
      await expect.poll(() => reopened.locator('textarea.note-body').first().inputValue()).toBe(text);
    } finally {
      await browser.close();
    }
    browser = await launchWithExtension({ profileDir });
    try {
      const panel = await panelOnArticle(browser, server, ARTICLE);
      await expect.poll(() => panel.locator('textarea.note-body').first().inputValue()).toBe(text);
      expect(await panel.locator('textarea.note-body').count()).toBe(1);
    } finally {
      await browser.close();
    }
  });

  test('typing on while earlier keystrokes are being saved loses none of them', async () => {
    const browser = await launchWithExtension();
    try {
      const panel = await panelOnArticle(browser, server, ARTICLE);
      await panel.locator('textarea.note-body').click();
      const chunks = ['Saves run ', 'while the reader ', 'keeps typing, ', 'and every ', 'word stays.'];
      for (const chunk of chunks) {
        await panel.keyboard.type(chunk, { delay: 15 });
        // Pause just past the autosave delay, so the next keystrokes land while a save is in flight.
        await panel.waitForTimeout(410);
      }
      const text = chunks.join('');
      await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');
      expect(await panel.locator('textarea.note-body').inputValue()).toBe(text);
      await panel.reload();
      await expect.poll(() => panel.locator('textarea.note-body').first().inputValue()).toBe(text);
      expect(await panel.locator('textarea.note-body').count()).toBe(1);
    } finally {
      await browser.close();
    }
  });

  test('two panels on the same article see each other’s edits', async () => {
    const browser = await launchWithExtension();
    try {
      const first = await panelOnArticle(browser, server, ARTICLE);
      const second = await panelOnArticle(browser, server, ARTICLE);
      await first.locator('textarea.note-body').fill('Written in the first window');
      await expect.poll(() => second.locator('textarea.note-body').first().inputValue()).toBe('Written in the first window');
      await second.locator('textarea.note-body').first().fill('Rewritten in the second window');
      await expect.poll(() => first.locator('textarea.note-body').first().inputValue()).toBe('Rewritten in the second window');
      expect(await first.locator('textarea.note-body').count()).toBe(1);
    } finally {
      await browser.close();
    }
  });
});

describe('editing', () => {
  test('several notes with tags and a subject; delete, then undo', async () => {
    const browser = await launchWithExtension();
    try {
      const panel = await panelOnArticle(browser, server, ARTICLE);
      await panel.locator('textarea.note-body').fill('First note');
      await panel.getByRole('button', { name: 'Add a note' }).click();
      const second = panel.locator('.note-card').nth(1);
      await second.locator('textarea.note-body').fill('About Prévot');
      await second.getByLabel('About').selectOption({ label: 'Stakeholder: Maxime Prévot' });
      await second.getByLabel('Tags').fill('#Stance, follow-up');
      await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');

      await panel.getByRole('button', { name: 'Delete note 1' }).click();
      await expect.poll(() => noteTexts(panel)).toEqual(['About Prévot']);
      await panel.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => noteTexts(panel)).toEqual(['First note', 'About Prévot']);

      await panel.reload();
      await expect.poll(() => noteTexts(panel)).toEqual(['First note', 'About Prévot']);
      const reloaded = panel.locator('.note-card').nth(1);
      await expect.poll(() => reloaded.getByLabel('Tags').inputValue()).toBe('stance, follow-up');
      expect(await reloaded.getByLabel('About').locator('option:checked').textContent()).toBe('Stakeholder: Maxime Prévot');
    } finally {
      await browser.close();
    }
  });
});

describe('storage faults', () => {
  test('a full disk keeps the text, says what to do, and the save is retried until it succeeds', async () => {
    const browser = await launchWithExtension();
    try {
      const panel = await panelOnArticle(browser, server, ARTICLE);
      // Every IndexedDB write in the panel now fails as it does when the disk is full.
      await panel.evaluate(() => {
        const put = IDBObjectStore.prototype.put;
        Object.assign(window, { restoreWrites: () => (IDBObjectStore.prototype.put = put) });
        IDBObjectStore.prototype.put = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      const text = 'Written while the disk was full';
      await panel.locator('textarea.note-body').fill(text);
      // Read together: the save is retried every few seconds, and while a retry runs the status says so, the alert
      // staying up.
      await expect
        .poll(async () => ({
          alert: await panel.getByRole('alert').allTextContents(),
          status: await panel.locator('.save-status').textContent(),
          text: await panel.locator('textarea.note-body').inputValue(),
        }))
        .toEqual({ alert: [expect.stringMatching(/Your disk is full: this note is kept in memory until there is room/)], status: 'Not saved yet', text });

      await panel.evaluate(() => (window as unknown as { restoreWrites(): void }).restoreWrites());
      await expect.poll(() => panel.locator('.save-status').textContent(), { timeout: 15_000 }).toBe('Saved on this device');
      expect(await panel.getByRole('alert').count()).toBe(0);
      await panel.reload();
      await expect.poll(() => panel.locator('textarea.note-body').first().inputValue()).toBe(text);
    } finally {
      await browser.close();
    }
  });

  test('a panel closed while its saves fail leaves the text to the next panel, which saves it', async () => {
    const browser = await launchWithExtension();
    try {
      const panel = await panelOnArticle(browser, server, ARTICLE);
      await panel.evaluate(() => {
        IDBObjectStore.prototype.put = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      const text = 'Typed while nothing could be saved, then the panel was closed';
      await panel.locator('textarea.note-body').fill(text);
      await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Not saved yet');
      await panel.close();

      const next = await panelOnArticle(browser, server, ARTICLE);
      await expect.poll(() => next.locator('textarea.note-body').first().inputValue()).toBe(text);
      await next.reload();
      await expect.poll(() => next.locator('textarea.note-body').first().inputValue()).toBe(text);
    } finally {
      await browser.close();
    }
  });

  test('without IndexedDB (as in some private windows) the panel says so and keeps the text for later', async () => {
    const browser = await launchWithExtension();
    try {
      const { tabId } = await openFixture(browser, server, ARTICLE);
      const panel = await browser.context.newPage();
      await panel.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
      await panel.goto(browser.panelUrl(tabId));
      await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/cannot store notes/);
      const text = 'Written where nothing can be stored';
      await panel.locator('textarea.note-body').fill(text);
      await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/cannot store notes.*Your text is kept here/);
      expect(await panel.locator('textarea.note-body').inputValue()).toBe(text);
      await panel.close();

      // Storage is back in the next panel: the text kept in the journal is saved there.
      const next = await panelOnArticle(browser, server, ARTICLE);
      await expect.poll(() => next.locator('textarea.note-body').first().inputValue()).toBe(text);
    } finally {
      await browser.close();
    }
  });
});

describe('library, export and import', () => {
  test('export then import into a fresh profile reproduces every note and highlight; search finds a word in a note’s middle', async () => {
    const source = await launchWithExtension();
    let exported: string;
    try {
      const panel = await panelOnArticle(source, server, ARTICLE);
      await panel.locator('textarea.note-body').fill('Ask the Commission whether returns flights are already booked for March.');
      await panel.getByLabel('Tags').fill('returns, follow-up');
      await panel.getByRole('button', { name: 'Add a note' }).click();
      await panel.locator('textarea.note-body').nth(1).fill('Second thought: Prévot hedges.');
      await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');

      const library = await openLibrary(source);
      expect(await importText(library, handMadeExport())).toMatch(/3 added/);
      await expect.poll(() => library.locator('.library-article').count()).toBe(2);
      exported = await downloadFrom(library, 'Export all as JSON');
      const markdown = await downloadFrom(library, 'Export all as Markdown');
      expect(markdown).toContain('> the deficit will narrow only slowly');
      // Stakeholders, their evidence and the quotes come from the panel's analysis, kept with the article when its notes were saved.
      expect(markdown).toMatch(/## Stakeholders\n\n(.*\n)*- \*\*Maxime Prévot\*\* \(.*\).*\n  > \S/);
      expect(markdown).toMatch(/## Quotes\n\n> \S.*\n> — \S/);
      // A side is named only with what it is about.
      expect(markdown).not.toMatch(/: (Supports|Opposes|Mixed)\n/);
      expect(markdown).toContain('Deficit target slips to 2028 \\<img src=x onerror=alert(1)>');
    } finally {
      await source.close();
    }
    const file = JSON.parse(exported);
    expect(file.notes).toHaveLength(3);
    expect(file.highlights).toHaveLength(1);

    const fresh = await launchWithExtension();
    try {
      const library = await openLibrary(fresh);
      await expect.poll(() => library.locator('.empty').textContent()).toContain('No notes yet');
      expect(await importText(library, exported)).toMatch(/6 added, 0 updated/);
      expect(await downloadFrom(library, 'Export all as JSON')).toBe(exported);

      // The library lists both articles, the imported payload shows as text.
      await expect.poll(() => library.locator('.library-article').count()).toBe(2);
      const search = library.getByRole('searchbox', { name: 'Search notes, highlights and titles' });
      await search.fill('flights');
      await expect.poll(() => library.locator('.library-hit').allTextContents()).toEqual([
        'Note Ask the Commission whether returns flights are already booked for March.',
      ]);
      await search.fill('narrow');
      await expect.poll(() => library.locator('.library-hit').allTextContents()).toEqual(['Highlight the deficit will narrow only slowly']);
      await search.fill('slips');
      await expect.poll(() => library.locator('.library-hit').allTextContents()).toEqual(['Note Deficit target slips to 2028 <img src=x onerror=alert(1)>']);
      expect(await library.locator('.library-hit img').count()).toBe(0);

      // Filters: by tag, then the panel on the article shows the imported notes.
      await search.fill('');
      await library.getByLabel('Tag').selectOption('budget');
      await expect.poll(() => library.locator('.library-title').allTextContents()).toEqual(['Parliament passes the budget']);
      const panel = await panelOnArticle(fresh, server, ARTICLE);
      await expect.poll(() => panel.locator('textarea.note-body').count()).toBe(2);
      expect(await panel.locator('textarea.note-body').first().inputValue()).toBe('Ask the Commission whether returns flights are already booked for March.');
    } finally {
      await fresh.close();
    }
  });

  test('a malformed file is refused with a clear message and changes nothing', async () => {
    const browser = await launchWithExtension();
    try {
      const library = await openLibrary(browser);
      const broken = JSON.parse(handMadeExport());
      delete broken.notes[0].body;
      expect(await importText(library, JSON.stringify(broken))).toMatch(/damaged: notes\[0\]\.body.*Nothing was imported/);
      await expect.poll(() => library.locator('.empty').textContent()).toContain('No notes yet');
    } finally {
      await browser.close();
    }
  });
});
