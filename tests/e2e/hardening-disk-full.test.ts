/**
 * The notes database lost, in real Chromium (simulated as Chromium does it to
 * a database it finds damaged: its folder deleted while the browser is
 * closed): every note and highlight is restored from the backup copy, with a
 * message. And a highlight the worker cannot store (a quota error injected
 * where it arises): the panel says so. The count of notes lost is reported
 * and must be 0. A really full disk (the profile on a small tmpfs, filled
 * and freed): the reader is told in its own words, and the note is saved once
 * there is room; and the issue's own scenario (a note, a restart, the disk full
 * while typing on another article, freed, a normal close, a relaunch) keeps both.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { highlightInPage, writeNote } from './support/reader-actions.ts';
import { openFixture, openLibrary, openPanelTab } from './support/tabs.ts';

const FIRST_ARTICLE = '/eu-taliban-brussels.html';
const SECOND_ARTICLE = '/editable.html';
const SECOND_QUOTE = 'the new goverment plan would cut waiting lists by half';

let server: FixtureServer;
let notesWritten = 0;
const notesLost: string[] = [];
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  console.info(`database lost or disk full, then restart: ${notesWritten} notes written, ${notesLost.length} lost`);
  await server.close();
});

async function panelOn(browser: ExtensionBrowser, path: string): Promise<{ page: Page; panel: Page }> {
  const { page, tabId } = await openFixture(browser, server, path);
  const panel = await openPanelTab(browser, tabId);
  await expect.poll(() => panel.locator('textarea.note-body').first().isEnabled()).toBe(true);
  return { page, panel };
}

/** Whether the panel shows the note; a missing one is counted as lost before the assertion fails. */
async function expectNoteShown(panel: Page, note: string): Promise<void> {
  const shown = () => panel.locator('textarea.note-body').evaluateAll((all) => all.map((t) => (t as HTMLTextAreaElement).value));
  try {
    await expect.poll(shown).toContain(note);
  } catch (error) {
    notesLost.push(note);
    throw error;
  }
}

// CI and this machine run as root, where tmpfs can be mounted; elsewhere the real full disk cannot be made.
describe.runIf(process.getuid?.() === 0)('a real full disk (a profile on a small tmpfs, filled and freed)', () => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'policy-lens-tmpfs-'));
  const profileDir = join(mountPoint, 'profile');
  const filler = join(mountPoint, 'filler');
  beforeAll(() => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=160m', 'tmpfs', mountPoint]);
    mkdirSync(profileDir);
  });
  afterAll(() => {
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  test('the reader is told the disk is full (not that storage is unavailable), and the note is saved once there is room', async () => {
    // Long enough to need new room on the disk (a short one may fit in the last page the database's log already has).
    const note = `Typed while the disk was full ${Date.now()}. ${'A long paragraph of the reader’s own thoughts. '.repeat(400)}`;
    const browser = await launchWithExtension({ profileDir });
    try {
      const { panel } = await panelOn(browser, SECOND_ARTICLE);
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1M'], { stdio: 'ignore' });
      } catch {
        // dd stops with "No space left on device": the point.
      }
      await panel.locator('textarea.note-body').first().fill(note);
      const alerts = () => panel.getByRole('alert').allTextContents();
      await expect.poll(alerts, { timeout: 15_000 }).toContainEqual(expect.stringContaining('Your disk is full: this note is kept in memory until there is room.'));
      expect((await alerts()).join(' ')).not.toMatch(/unavailable/);
      rmSync(filler);
      // Saving is retried every few seconds.
      await expect.poll(() => panel.locator('.save-status').textContent(), { timeout: 20_000 }).toBe('Saved on this device');
    } finally {
      rmSync(filler, { force: true });
      await browser.close();
    }
  });

  test('a note on one article, a restart, a full disk while typing on another, freed, a normal close: both notes are there after relaunch', async () => {
    const restartProfile = join(mountPoint, 'profile-restart');
    mkdirSync(restartProfile);
    const first = `Saved before the disk filled ${Date.now()}`;
    const second = `Typed while the disk was full ${Date.now()}. ${'Another long paragraph of the reader’s own thoughts. '.repeat(400)}`;
    notesWritten += 2;
    let browser = await launchWithExtension({ profileDir: restartProfile });
    try {
      await writeNote((await panelOn(browser, FIRST_ARTICLE)).panel, first);
    } finally {
      await browser.close();
    }
    browser = await launchWithExtension({ profileDir: restartProfile });
    try {
      const { panel } = await panelOn(browser, SECOND_ARTICLE);
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1M'], { stdio: 'ignore' });
      } catch {
        // dd stops with "No space left on device": the point.
      }
      await panel.locator('textarea.note-body').first().fill(second);
      await expect.poll(() => panel.getByRole('alert').allTextContents(), { timeout: 15_000 }).toContainEqual(expect.stringContaining('Your disk is full'));
      rmSync(filler);
      await expect.poll(() => panel.locator('.save-status').textContent(), { timeout: 20_000 }).toBe('Saved on this device');
    } finally {
      rmSync(filler, { force: true });
      await browser.close();
    }
    browser = await launchWithExtension({ profileDir: restartProfile });
    try {
      await expectNoteShown((await panelOn(browser, FIRST_ARTICLE)).panel, first);
      await expectNoteShown((await panelOn(browser, SECOND_ARTICLE)).panel, second);
      const library = await openLibrary(browser);
      await expect.poll(() => library.locator('.library-article').count()).toBe(2);
    } finally {
      await browser.close();
    }
  }, 180_000); // three launches of the browser
});

describe('the notes database deleted while the browser is closed', () => {
  test('every note and highlight is restored from the backup copy, and the reader is told', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'policy-lens-db-lost-'));
    const note = `Written before the database was lost ${Date.now()}`;
    notesWritten += 1;
    let browser = await launchWithExtension({ profileDir });
    const { extensionId } = browser;
    try {
      const { page, panel } = await panelOn(browser, SECOND_ARTICLE);
      await highlightInPage(page, SECOND_QUOTE);
      await expect.poll(() => panel.locator('.highlights .highlight').count()).toBe(1);
      await writeNote(panel, note);
    } finally {
      await browser.close();
    }
    // What Chromium does to a database it finds damaged; the copy in storage.local stays.
    const indexedDbDir = join(profileDir, 'Default', 'IndexedDB');
    const folders = readdirSync(indexedDbDir).filter((name) => name.startsWith(`chrome-extension_${extensionId}_`));
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) rmSync(join(indexedDbDir, folder), { recursive: true });

    browser = await launchWithExtension({ profileDir });
    try {
      const { panel } = await panelOn(browser, SECOND_ARTICLE);
      await expectNoteShown(panel, note);
      await expect.poll(() => panel.locator('.highlights .highlight').count()).toBe(1);
      await expect.poll(() => panel.locator('.storage-notice').textContent()).toContain('Restored 1 note and 1 highlight from the backup copy');
    } finally {
      await browser.close();
    }
  });
});

describe('a highlight that cannot be saved', () => {
  test('the panel says so, in the words for a full disk when the quota is exceeded', async () => {
    const browser = await launchWithExtension();
    try {
      const { page, panel } = await panelOn(browser, SECOND_ARTICLE);
      // Simulated where the error arises: the service worker's IndexedDB refuses to store highlights.
      await (await browser.worker()).evaluate(() => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (this.name === 'highlights') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return put.apply(this, args);
        };
      });
      await highlightInPage(page, SECOND_QUOTE);
      await expect.poll(() => panel.getByRole('alert').allTextContents()).toContain(
        'Your disk is full: a highlight could not be saved. Free some disk space, then highlight the passage again. Dismiss',
      );
      expect(await panel.locator('.highlights .highlight').count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
