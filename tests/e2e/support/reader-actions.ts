/** What a reader does in the e2e runs: select a passage, press the on-page Highlight button, write a note. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { highlightButtonCentre, highlightButtonShown } from './overlay.ts';

/**
 * Select `text` (inside one text node of an element matching `within`) with the real mouse, as a reader drags over
 * it: from the middle of its first character's left half to the middle of its last one's right half.
 */
export async function selectInPage(page: Page, text: string, within = 'p'): Promise<void> {
  const ends = await page.evaluate(
    async ([wanted, selector]) => {
      const element = [...document.querySelectorAll(selector!)].find((e) => e.textContent?.includes(wanted!));
      const node = [...(element?.childNodes ?? [])].find((n): n is Text => n instanceof Text && n.data.includes(wanted!));
      if (!node) throw new Error(`"${wanted}" is not in one text node of a ${selector}`);
      node.parentElement!.scrollIntoView({ block: 'center' });
      // A smooth scroll (a passage shown from the panel) may still be moving the page: wait until it stands still.
      const frame = () => new Promise(requestAnimationFrame);
      for (let last = NaN, now = node.parentElement!.getBoundingClientRect().top; now !== last; ) {
        await frame();
        await frame();
        [last, now] = [now, node.parentElement!.getBoundingClientRect().top];
      }
      // Pressing on text that is already selected would drag it rather than select anew.
      getSelection()?.removeAllRanges();
      const at = node.data.indexOf(wanted!);
      const charRect = (i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect();
      };
      const first = charRect(at);
      const last = charRect(at + wanted!.length - 1);
      return {
        from: { x: first.left + first.width / 4, y: first.top + first.height / 2 },
        to: { x: last.right - last.width / 4, y: last.top + last.height / 2 },
      };
    },
    [text, within],
  );
  await page.mouse.move(ends.from.x, ends.from.y);
  await page.mouse.down();
  await page.mouse.move(ends.to.x, ends.to.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString().replace(/\s+/g, ' ').trim())).toBe(text);
}

/** Click the on-page Highlight button with the real mouse once it shows (it lives in the overlay's closed shadow root). */
export async function clickHighlightButton(page: Page): Promise<void> {
  let centre: { x: number; y: number } | null = null;
  await expect.poll(async () => (centre = await highlightButtonCentre(page))).not.toBeNull();
  // The button ignores clicks for a moment after it appears: click until it takes one and goes away.
  await expect
    .poll(async () => {
      await page.mouse.click(centre!.x, centre!.y);
      return highlightButtonShown(page);
    }, { timeout: 10_000 })
    .toBe(false);
}

/** Select `text` and click the Highlight button with the real mouse. */
export async function highlightInPage(page: Page, text: string, within = 'p'): Promise<void> {
  await page.bringToFront();
  await selectInPage(page, text, within);
  await clickHighlightButton(page);
}

/** Replace the first note's text and wait until the panel says it is saved. */
export async function writeNote(panel: Page, text: string): Promise<void> {
  const editor = panel.locator('textarea.note-body').first();
  await expect.poll(() => editor.isEnabled()).toBe(true);
  await editor.fill(text);
  await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');
}
