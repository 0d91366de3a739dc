/**
 * Memory with the panel closed, in real Chromium: a passage highlighted on a
 * policy fixture article of ours, with no panel open, has the article
 * remembered when the panel next opens, so the next article's recall and the
 * People view show its actors. With memory off, a highlight is saved and
 * nothing is remembered.
 */
import type { Worker } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { highlightInPage } from './support/reader-actions.ts';
import { useExtensionSession } from './support/session.ts';
import { openFixture, openLibrary, panelShowingStakeholders } from './support/tabs.ts';

const PROPOSED = '/memory-lorry-charge-proposed.html';
const VOTE = '/memory-lorry-charge-vote.html';
const PASSED = '/people-lorry-charge-passed.html';

const session = useExtensionSession();

/** The keys a table of the extension's database holds, read in the service worker. */
function keysIn(worker: Worker, table: 'memory' | 'highlights'): Promise<string[]> {
  return worker.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAllKeys();
          request.onsuccess = () => {
            resolve(request.result.map(String));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

const setMemory = async (on: boolean) => (await session.browser.worker()).evaluate((memory) => chrome.storage.sync.set({ memory }), on);

/** Open a fixture with no panel and highlight `passage` on it with the real mouse. */
async function highlightOn(path: string, passage: string): Promise<void> {
  const { page } = await openFixture(session.browser, session.server, path);
  await highlightInPage(page, passage);
}

const pathsOf = (keys: string[]) => keys.map((key) => new URL(key).pathname);

describe('memory of highlighted articles, with the panel closed', () => {
  test('with memory off, a highlight is saved and its article is not remembered', async () => {
    const worker = await session.browser.worker();
    await setMemory(false);
    await highlightOn(VOTE, 'The council vote on the congestion charge for lorries is scheduled for Thursday.');
    await expect.poll(async () => (await keysIn(worker, 'highlights')).length).toBe(1);
    // Memory back on, the panel on another article: it remembers what waited first, so had the first article been
    // kept, it would be remembered by the time this one is.
    await setMemory(true);
    await panelShowingStakeholders(session.browser, session.server, PASSED);
    await expect.poll(async () => (await keysIn(worker, 'memory')).length).toBeGreaterThan(0);
    expect(pathsOf(await keysIn(worker, 'memory'))).toEqual([PASSED]);
  });

  test('a highlight on a policy article with the panel closed has it remembered: the next article recalls it, the People view lists its actors', async () => {
    const worker = await session.browser.worker();
    await highlightOn(PROPOSED, 'a vote on the legislation is expected in March');
    await expect.poll(async () => (await keysIn(worker, 'highlights')).length).toBe(2);

    const panel = await panelShowingStakeholders(session.browser, session.server, VOTE);
    const marwood = panel.locator('li.stakeholder[data-stakeholder="Ilse Marwood"] .recall-earlier');
    await expect.poll(() => marwood.textContent()).toContain('In 1 earlier article:');
    expect(await marwood.textContent()).toContain('The Saltmere Herald');
    expect(pathsOf(await keysIn(worker, 'memory')).sort()).toEqual([PASSED, PROPOSED, VOTE].sort());

    const library = await openLibrary(session.browser);
    await library.getByRole('tab', { name: 'People and organisations' }).click();
    await expect.poll(() => library.locator('.person-row .library-title').allTextContents()).toEqual(expect.arrayContaining(['Ilse Marwood', 'Saltmere Council', 'Tomas Brandt']));
  });
});
