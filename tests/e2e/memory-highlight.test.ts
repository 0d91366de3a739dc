/**
 * Memory with the panel closed, in real Chromium: a passage highlighted on a
 * policy fixture article of ours, with no panel open, has the service worker
 * remember the article, so the People view lists its actors. With memory off,
 * a highlight is saved and nothing is remembered.
 */
import type { Worker } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { highlightInPage } from './support/reader-actions.ts';
import { useExtensionSession } from './support/session.ts';
import { openFixture, openLibrary } from './support/tabs.ts';

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
    // Memory back on, a highlight on another article: the worker's writes land in order, so once that one is
    // remembered, a write for the first would be there too.
    await setMemory(true);
    await highlightOn(PASSED, 'The charge takes effect in September');
    await expect.poll(async () => (await keysIn(worker, 'memory')).length).toBeGreaterThan(0);
    expect(pathsOf(await keysIn(worker, 'memory'))).toEqual([PASSED]);
  });

  test('a highlight on a policy article remembers it: the People view lists its actors', async () => {
    const worker = await session.browser.worker();
    await highlightOn(PROPOSED, 'a vote on the legislation is expected in March');
    await expect.poll(async () => pathsOf(await keysIn(worker, 'memory')).sort()).toEqual([PASSED, PROPOSED].sort());

    const library = await openLibrary(session.browser);
    await library.getByRole('tab', { name: 'People and organisations' }).click();
    await expect.poll(() => library.locator('.person-row .library-title').allTextContents()).toEqual(expect.arrayContaining(['Ilse Marwood', 'Saltmere Council', 'Tomas Brandt']));
    // The surname alone in the other article is the same minister.
    expect(await library.locator('.person-row', { hasText: 'Marwood' }).count()).toBe(1);
  });
});
