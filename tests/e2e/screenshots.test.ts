/**
 * The README's screenshots, taken from the real panel on the demo article at
 * a side panel's width, in the light and the dark theme. When the corpus
 * (`../shared/corpus`) is present, the panel on two of its pages too, into
 * `screenshots/corpus/` (not committed: the pages belong to their publishers).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPageServer } from './support/page-server.ts';
import type { PageServer } from './support/page-server.ts';
import { useExtensionSession } from './support/session.ts';
import { openFixture, openPanelTab } from './support/tabs.ts';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url));

/** The two English policy articles with the most labelled stakeholders, where the panel is longest. */
function longestCorpusPages(): string[] {
  const labelled = readdirSync(CORPUS)
    .filter((id) => existsSync(`${CORPUS}${id}/source.html`))
    .map((id) => ({ id, gold: JSON.parse(readFileSync(`${CORPUS}${id}/gold.json`, 'utf8')) as { is_policy: boolean; lang: string; stakeholders: unknown[] } }))
    .filter(({ gold }) => gold.is_policy && gold.lang === 'en');
  return labelled.sort((a, b) => b.gold.stakeholders.length - a.gold.stakeholders.length || a.id.localeCompare(b.id)).slice(0, 2).map(({ id }) => id);
}

const session = useExtensionSession();
let pages: PageServer;
beforeAll(async () => {
  pages = await startPageServer();
});
afterAll(async () => {
  await pages.close();
});

async function shoot(panel: Page, path: string, fullPage = false): Promise<void> {
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.locator('.stakeholder').first().waitFor();
  await panel.locator('textarea.note-body').first().waitFor();
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    const shot = await panel.screenshot({ path: `${path}-${colorScheme}.png`, animations: 'disabled', fullPage });
    expect(shot.byteLength).toBeGreaterThan(10_000);
  }
}

test('the panel on the demo article, light and dark', async () => {
  mkdirSync(SHOTS, { recursive: true });
  const { tabId } = await openFixture(session.browser, session.server, '/eu-taliban-brussels.html');
  await shoot(await openPanelTab(session.browser, tabId), `${SHOTS}panel`);
});

test.skipIf(!existsSync(CORPUS))('the panel on two corpus pages, whole, light and dark', async () => {
  mkdirSync(`${SHOTS}corpus`, { recursive: true });
  for (const id of longestCorpusPages()) {
    pages.put(`/${id}.html`, { body: readFileSync(`${CORPUS}${id}/source.html`) });
    const { tabId } = await openFixture(session.browser, pages, `/${id}.html`);
    await shoot(await openPanelTab(session.browser, tabId), `${SHOTS}corpus/${id}`, true);
  }
});
