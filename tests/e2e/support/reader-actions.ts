/** What a reader does in the e2e runs: select a passage, press the on-page Highlight button, write a note. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Select `text` (inside one text node of a paragraph) as a reader's drag would, and release the mouse. */
export async function selectInPage(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(wanted));
    const node = [...(paragraph?.childNodes ?? [])].find((n): n is Text => n instanceof Text && n.data.includes(wanted));
    if (!node) throw new Error(`"${wanted}" is not in one text node of a paragraph`);
    node.parentElement!.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, node.data.indexOf(wanted));
    range.setEnd(node, node.data.indexOf(wanted) + wanted.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, text);
}

/** Where the on-page Highlight button is drawn, once it shows (it lives in a closed shadow root). */
export async function highlightButtonCentre(page: Page): Promise<{ x: number; y: number }> {
  const host = page.locator('policy-lens-highlight-button');
  await expect.poll(() => host.isVisible()).toBe(true);
  const box = (await host.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Select `text` and click the Highlight button with the real mouse. */
export async function highlightInPage(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await selectInPage(page, text);
  const centre = await highlightButtonCentre(page);
  await page.mouse.click(centre.x, centre.y);
}

/** Replace the first note's text and wait until the panel says it is saved. */
export async function writeNote(panel: Page, text: string): Promise<void> {
  const editor = panel.locator('textarea.note-body').first();
  await expect.poll(() => editor.isEnabled()).toBe(true);
  await editor.fill(text);
  await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');
}
