/**
 * Memory across articles in real Chromium, on two fixture articles of our own
 * about one question: the harbour minister, named with and without her title,
 * opposes a charge in the first and supports it in the second. The panel on
 * the second recalls the first under her name, says her position changed,
 * and lists the first with its voices per side. Memory off writes nothing;
 * clearing memory empties it.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtensionSession } from './support/session.ts';
import { openLibrary, panelShowingStakeholders } from './support/tabs.ts';
import { writeNote } from './support/reader-actions.ts';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PROPOSED = '/memory-lorry-charge-proposed.html';
const VOTE = '/memory-lorry-charge-vote.html';

const session = useExtensionSession();

const panelOn = (path: string): Promise<Page> => panelShowingStakeholders(session.browser, session.server, path);

/** How many records a table of the extension's database holds, read through one of its pages. */
function countIn(extensionPage: Page, table: 'memory' | 'mentions' | 'articles'): Promise<number> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

async function openOptions(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/src/options/index.html`);
  await page.locator('main.options h1').waitFor();
  return page;
}

async function clearMemory(options: Page): Promise<void> {
  await options.getByRole('button', { name: 'Clear memory…' }).click();
  await options.getByRole('button', { name: 'Clear memory', exact: true }).click();
  await expect.poll(() => options.getByText('Memory cleared.').isVisible()).toBe(true);
}

const marwood = (panel: Page) => panel.locator('li.stakeholder[data-stakeholder="Ilse Marwood"]');

describe('memory across articles', () => {
  test('the second article recalls the first under the stakeholder, says the position changed, and lists it with its voices per side', async () => {
    const first = await panelOn(PROPOSED);
    await expect.poll(() => countIn(first, 'memory')).toBe(1);
    // Nothing earlier to recall on the first article.
    expect(await first.locator('.recall').count()).toBe(0);

    const panel = await panelOn(VOTE);
    await expect.poll(() => marwood(panel).locator('.recall-earlier').textContent()).toContain('In 1 earlier article:');
    const earlier = await marwood(panel).locator('.recall-earlier').textContent();
    // The question in the words the issue model picks from that article (the lorry charge), not one fixed wording.
    expect(earlier).toMatch(/Opposes · [^(]*lorry[^(]*charge/);
    expect(earlier).toContain('The Saltmere Herald');
    expect(await marwood(panel).locator('.recall-changed').textContent()).toMatch(/^Position changed\. Earlier: Opposes, (2 March|March 2)$/);
    // The haulier opposed both times: recalled, with no change to report.
    const brandt = panel.locator('li.stakeholder[data-stakeholder="Tomas Brandt"]');
    expect(await brandt.locator('.recall-earlier').textContent()).toContain('In 1 earlier article:');
    expect(await brandt.locator('.recall-changed').count()).toBe(0);

    const related = panel.locator('.related-article');
    expect(await panel.locator('#related-heading').textContent()).toBe('Your other articles on this question');
    expect(await related.count()).toBe(1);
    expect(await related.locator('.related-title').textContent()).toBe('Harbour minister opposes council plan for lorry congestion charge');
    expect(await related.locator('.coverage').textContent()).toBe('1 supporter · 2 opponents');
    expect(await related.locator('.coverage-voices').textContent()).toContain('Ilse Marwood, Tomas Brandt');

    mkdirSync(SHOTS, { recursive: true });
    await panel.setViewportSize({ width: 400, height: 1100 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      const shot = await panel.screenshot({ path: `${SHOTS}panel-memory-${colorScheme}.png`, animations: 'disabled' });
      expect(shot.byteLength).toBeGreaterThan(10_000);
    }
  });

  test('the library lists remembered articles without notes only under "All read", and Forget forgets one', async () => {
    const library = await openLibrary(session.browser);
    await library.locator('main.library h1').waitFor();
    // The list is empty while it loads too: its answer says it is empty.
    await library.locator('.empty').waitFor();
    expect(await library.locator('.library-article').count()).toBe(0);
    await library.locator('select[name="scope"]').selectOption('read');
    await expect.poll(() => library.locator('.library-article').count()).toBe(2);
    await library.getByRole('button', { name: 'Forget what memory kept about “Harbour minister now backs lorry congestion charge before council vote”' }).click();
    await expect.poll(() => library.locator('.library-article .library-title').allTextContents()).toEqual(['Harbour minister opposes council plan for lorry congestion charge']);
    expect(await countIn(library, 'memory')).toBe(1);
  });

  test('clearing memory in the options empties it, and the article read before is no longer recalled', async () => {
    const options = await openOptions();
    await expect.poll(() => countIn(options, 'memory')).toBeGreaterThan(0);
    await clearMemory(options);
    expect([await countIn(options, 'memory'), await countIn(options, 'mentions')]).toEqual([0, 0]);

    const panel = await panelOn(VOTE);
    await expect.poll(() => countIn(panel, 'memory')).toBe(1);
    expect(await panel.locator('.recall').count()).toBe(0);
    expect(await panel.locator('.related-article').count()).toBe(0);
  });

  test('with memory off, opening the panel and writing a note remembers nothing', async () => {
    const options = await openOptions();
    await clearMemory(options);
    await options.getByLabel('Remember the policy articles I open the panel on').uncheck();
    await expect.poll(() => options.locator('.save-status').textContent()).not.toBe('');

    const panel = await panelOn(PROPOSED);
    await writeNote(panel, 'Ask the port about freight volumes');
    // The note's article is saved, so the panel has written to the database by now; memory has not.
    await expect.poll(() => countIn(panel, 'articles')).toBe(1);
    expect([await countIn(panel, 'memory'), await countIn(panel, 'mentions')]).toEqual([0, 0]);
  });
});
