/**
 * The README's screenshots, taken from the real panel on the demo article at
 * a side panel's width, in the light and the dark theme.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { useExtensionSession } from './support/session.ts';
import { openFixture, openPanelTab } from './support/tabs.ts';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

const session = useExtensionSession();

test('the panel on the demo article, light and dark', async () => {
  mkdirSync(SHOTS, { recursive: true });
  const { tabId } = await openFixture(session.browser, session.server, '/eu-taliban-brussels.html');
  const panel = await openPanelTab(session.browser, tabId);
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.locator('.glance').waitFor();
  await panel.locator('textarea.note-body').first().waitFor();
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    const shot = await panel.screenshot({ path: `${SHOTS}panel-${colorScheme}.png`, animations: 'disabled' });
    expect(shot.byteLength).toBeGreaterThan(10_000);
  }
});
