/**
 * The library's People view in real Chromium, filled the way a reader fills
 * it: the panel opened on two fixture articles about one question, in which
 * the harbour minister is named in several ways and changes her position,
 * and a note written about her. The view lists her once, her positions under
 * the question, the note; search finds her by surname; a merge and a split by
 * hand survive a reload; her page exports to Markdown.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { downloadFrom } from './support/library-actions.ts';
import { writeNote } from './support/reader-actions.ts';
import { useExtensionSession } from './support/session.ts';
import { openLibrary, panelShowingStakeholders } from './support/tabs.ts';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PROPOSED = '/memory-lorry-charge-proposed.html';
const VOTE = '/memory-lorry-charge-vote.html';
/** Ours: the minister named only as "Minister Marwood". */
const PASSED = '/people-lorry-charge-passed.html';
const NOTE = 'Marwood voted for the charge she fought in March: ask her office why';

const session = useExtensionSession();

const panelOn = (path: string): Promise<Page> => panelShowingStakeholders(session.browser, session.server, path);

/** Memory filled once for the file, as a reader fills it: the panel on both articles, a note on the second. */
let filled: Promise<void> | null = null;
function fillMemory(): Promise<void> {
  filled ??= (async () => {
    await panelOn(PROPOSED);
    await writeNote(await panelOn(VOTE), NOTE);
    await panelOn(PASSED);
  })();
  return filled;
}

async function peopleView(): Promise<Page> {
  await fillMemory();
  const library = await openLibrary(session.browser);
  await library.getByRole('tab', { name: 'People and organisations' }).click();
  await library.locator('.person-row').first().waitFor();
  return library;
}

const rowNamed = (page: Page, name: string) => page.locator('.person-row', { has: page.locator('.library-title', { hasText: name }) });

async function openActor(page: Page, name: string): Promise<void> {
  await rowNamed(page, name).locator('.library-title').click();
  await expect.poll(() => page.locator('#actor-name').textContent()).toBe(name);
}

const forms = (page: Page) => page.locator('.actor-form > span').allTextContents();

describe('the People view', () => {
  test('the minister is listed once under her name forms, with both articles, her positions under the question and the reader’s note', async () => {
    const page = await peopleView();
    // The panels remember their articles after drawing them, and the directory is rebuilt a few keys per step: the
    // list is drawn (and redrawn) before it holds all three articles, so wait for its final state as a whole.
    const marwoods = page.locator('.person-row', { hasText: 'Marwood' });
    await expect
      .poll(async () => ({
        rows: await marwoods.count(),
        names: await marwoods.locator('.library-title').allTextContents(),
        counts: await marwoods.locator('.person-count').allTextContents(),
        forms: await marwoods.locator('.person-forms').allTextContents(),
      }))
      .toEqual({ rows: 1, names: ['Ilse Marwood'], counts: ['3 articles'], forms: [' · also “Marwood”'] });

    await openActor(page, 'Ilse Marwood');
    // Keyboard users land on her name (focus moves in an effect, after the page is drawn).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('actor-name');
    // Her page is a live query too, redrawn as the directory changes: its final state, read as a whole.
    const issues = page.locator('.actor-issue');
    await expect
      .poll(async () => ({
        forms: await forms(page),
        merges: await page.locator('.actor-merges').allTextContents(),
        issues: await issues.count(),
        question: await issues.locator('h4').allTextContents(),
        // Three wordings of one question, one group, newest first, each with its outlet.
        outlets: (await issues.locator('.actor-source').allTextContents()).map((s) => s.split(' · ')[1]),
        stances: (await issues.locator('.actor-position .stance').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.stance))).slice(1),
        mentions: await page.locator('.actor-mention .mention-text').allTextContents(),
      }))
      .toEqual({
        forms: ['Ilse Marwood', 'Marwood'],
        merges: [expect.stringContaining("same surname, and 'Ilse Marwood' is the only person of that surname in your articles")],
        issues: 1,
        question: [expect.stringMatching(/^On .*lorry congestion charge/)],
        outlets: ['The Dockside Gazette', 'The Valley Courier', 'The Saltmere Herald'],
        stances: ['supports', 'opposes'],
        mentions: [NOTE],
      });

    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 820, height: 1200 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect((await page.screenshot({ path: `${SHOTS}library-person-${colorScheme}.png`, fullPage: true, animations: 'disabled' })).byteLength).toBeGreaterThan(10_000);
    }
    await page.getByRole('button', { name: 'All people and organisations' }).click();
    await page.locator('.person-row').first().waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect((await page.screenshot({ path: `${SHOTS}library-people-${colorScheme}.png`, animations: 'disabled' })).byteLength).toBeGreaterThan(10_000);
    }
    await page.close();
  });

  test('the library’s search finds her by her surname alone, in the People view and from the Articles view', async () => {
    const page = await peopleView();
    await page.locator('#library-search').fill('marwood');
    await expect.poll(() => page.locator('.person-row .library-title').allTextContents()).toEqual(['Ilse Marwood']);
    await page.getByRole('tab', { name: 'Articles' }).click();
    await expect.poll(() => page.locator('.people-in-articles .link-button').allTextContents()).toEqual(['Ilse Marwood']);
    await page.locator('.people-in-articles .link-button').click();
    await expect.poll(() => page.locator('#actor-name').textContent()).toBe('Ilse Marwood');
    await page.close();
  });

  test('a merge and a split by hand are kept after a reload, the merge saying it was the reader’s', async () => {
    const page = await peopleView();
    const other = (await page.locator('.person-row .library-title').allTextContents()).find((n) => !n.includes('Marwood')) ?? '';
    expect(other).not.toBe('');
    await openActor(page, 'Ilse Marwood');
    await page.getByLabel(/Merge with Ilse Marwood/).fill(other.split(' ').at(-1) ?? other);
    await page.getByRole('button', { name: `Merge with ${other}` }).click();
    await expect.poll(() => forms(page)).toContain(other);
    await page.reload();
    await expect
      .poll(async () => ({ forms: await forms(page), merges: await page.locator('.actor-merges').allTextContents() }))
      .toEqual({ forms: expect.arrayContaining([other]), merges: [expect.stringContaining('you merged')] });

    await page.getByRole('button', { name: `Split “${other}” out of Ilse Marwood` }).click();
    await expect.poll(() => forms(page)).not.toContain(other);
    await page.reload();
    await expect.poll(() => page.locator('#actor-name').textContent()).toBe('Ilse Marwood');
    expect(await forms(page)).not.toContain(other);
    await page.getByRole('button', { name: 'All people and organisations' }).click();
    await expect.poll(() => rowNamed(page, other).count()).toBe(1);
    await page.close();
  });

  test('her page exports to Markdown: names, positions by question with outlet and link, the note', async () => {
    const page = await peopleView();
    await openActor(page, 'Ilse Marwood');
    const markdown = await downloadFrom(page, 'Export as Markdown: “Ilse Marwood”');
    expect(markdown.startsWith('# Ilse Marwood\n\n- Also named: Marwood\n- Articles: 3\n')).toBe(true);
    expect(markdown).toMatch(/## Positions\n\n### On .*charge/);
    expect(markdown).toMatch(/- \d{4}-\d\d-\d\d · The Valley Courier · \[Harbour minister now backs lorry congestion charge before council vote\]\(<http:\/\/127\.0\.0\.1:\d+\/memory-lorry-charge-vote\.html[^>]*>\): Supports /);
    expect(markdown).toContain(`## Your notes and highlights\n\n### Note · `);
    expect(markdown).toContain(NOTE);
    await page.close();
  });
});
