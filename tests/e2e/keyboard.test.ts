/**
 * The keyboard: every control of the panel and the options page is reached
 * with Tab and shows where the focus is; Enter on a quote highlights it on the page; a stakeholder's line
 * opens its evidence; "Write a note" takes the keyboard to a note; and the next/previous shortcuts step through the
 * passages drawn on the page. (Chromium does not fire extension shortcuts
 * for Playwright's key presses, so the step is sent as the service worker
 * sends it when the shortcut fires; the commands themselves are checked in
 * the manifest.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { drawnBoxes, drawnLayers, showAnalysisOnPage } from './support/overlay.ts';
import { useExtensionSession } from './support/session.ts';
import { highlightTexts, openFixture, openPanelTab } from './support/tabs.ts';

const ARTICLE = '/eu-taliban-brussels.html';
const PREVOT_QUOTE = 'I disapprove of the invitation of the Taliban to Brussels, but I cannot block it';

const session = useExtensionSession();

interface Focused {
  tag: string;
  text: string;
  classes: string;
  outline: string;
  /** In which part of the panel: a pull quote, a stakeholder… */
  within: string | null;
}

async function focused(panel: Page): Promise<Focused> {
  return panel.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const within = el.closest('.quote, .stakeholder, .section-nav, .highlight, .note-card')?.classList[0] ?? null;
    return { tag: el.localName, text: el.textContent ?? '', classes: el.className, outline: `${style.outlineStyle} ${style.outlineWidth}`, within };
  });
}

/** Press Tab until `matches` holds for the focused element, checking that every stop shows its focus. */
async function tabTo(panel: Page, matches: (f: Focused) => boolean, maxStops = 80): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < maxStops; i++) {
    await panel.keyboard.press('Tab');
    const now = await focused(panel);
    stops.push(now);
    if (matches(now)) return stops;
  }
  throw new Error(`not reached in ${maxStops} Tab presses: ${stops.map((s) => s.classes || s.tag).join(', ')}`);
}

/** Tab once per control from the top of the page: each must get the focus, with a visible ring. */
async function expectEveryControlReached(page: Page): Promise<void> {
  // Controls inside closed parts (a stakeholder's evidence, more quotes) are reached once opened.
  const controls = page.locator(':is(input, button:not([disabled]), select, textarea, summary, a[href]):visible');
  const count = await controls.count();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    expect(stop.outline, `focus ring on ${stop.classes || stop.tag}`).toMatch(/^(solid|auto) [1-9]/);
    await page.evaluate(() => document.activeElement?.setAttribute('data-reached', ''));
  }
  expect(await page.locator('[data-reached]').count()).toBe(count);
}

async function stepOnPage(tabId: number, direction: 'next' | 'previous'): Promise<void> {
  const worker = await session.browser.worker();
  await worker.evaluate(([id, dir]) => chrome.tabs.sendMessage(id as number, { type: 'step-passage', direction: dir }), [tabId, direction] as const);
}

describe('keyboard', () => {
  test('Tab reaches a pull quote with visible focus on every stop, and Enter highlights it on the page', async () => {
    const { page, tabId } = await openFixture(session.browser, session.server, ARTICLE);
    const panel = await openPanelTab(session.browser, tabId);
    await panel.locator('.quote').first().waitFor();
    const stops = await tabTo(panel, (f) => f.within === 'quote' && f.text.includes(PREVOT_QUOTE));
    // The route passes the section bar, the page toggle and one line per stakeholder.
    expect(stops.some((s) => s.classes.includes('write-note'))).toBe(true);
    expect(stops.some((s) => s.tag === 'input')).toBe(true);
    expect(stops.some((s) => s.classes === 'stakeholder-line')).toBe(true);
    for (const stop of stops) expect(stop.outline, `focus ring on ${stop.classes || stop.tag}`).toMatch(/^(solid|auto) [1-9]/);

    await panel.keyboard.press('Enter');
    await expect.poll(() => highlightTexts(page, 'reveal')).toEqual([PREVOT_QUOTE]);
  });

  test('Enter on a stakeholder opens its evidence, and Enter on the evidence shows it on the page', async () => {
    const { page, tabId } = await openFixture(session.browser, session.server, ARTICLE);
    const panel = await openPanelTab(session.browser, tabId);
    const line = panel.locator('.stakeholder[data-stakeholder="Maxime Prévot"] .stakeholder-line');
    await line.focus();
    // Focusing the line shows why the stance.
    expect(await panel.locator('.stakeholder[data-stakeholder="Maxime Prévot"] .stance-why').isVisible()).toBe(true);
    await panel.keyboard.press('Enter');
    expect(await line.getAttribute('aria-expanded')).toBe('true');
    await panel.keyboard.press('Tab');
    expect((await focused(panel)).within).toBe('stakeholder');
    const evidence = await panel.evaluate(() => document.activeElement?.textContent);
    await panel.keyboard.press('Enter');
    await expect.poll(() => highlightTexts(page, 'reveal')).toEqual([evidence]);
  });

  test('"Write a note" in the section bar takes the keyboard to the note', async () => {
    const { tabId } = await openFixture(session.browser, session.server, ARTICLE);
    const panel = await openPanelTab(session.browser, tabId);
    await panel.locator('.stakeholder').first().waitFor();
    await tabTo(panel, (f) => f.classes.includes('write-note'));
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.classList.contains('note-body'))).toBe(true);
  });

  test('next and previous step through the drawn passages in page order, wrapping at the ends', async () => {
    const { page, tabId } = await openFixture(session.browser, session.server, ARTICLE);
    // A smooth scroll moves the page under the overlay while it is read; the reader's "reduce motion" makes each step land at once.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await showAnalysisOnPage(session.browser);
    await openPanelTab(session.browser, tabId);
    await expect.poll(async () => (await drawnLayers(page)).length).toBeGreaterThan(1);
    const revealed = async () => (await highlightTexts(page, 'reveal'))[0];
    const topOf = async () => ((await drawnBoxes(page, 'reveal'))[0]?.[0]?.top ?? NaN) + (await page.evaluate(() => scrollY));

    await stepOnPage(tabId, 'next');
    await expect.poll(revealed).toBeTruthy();
    const first = await revealed();
    const firstTop = await topOf();
    await stepOnPage(tabId, 'next');
    await expect.poll(revealed).not.toBe(first);
    expect(await topOf()).toBeGreaterThanOrEqual(firstTop);
    await stepOnPage(tabId, 'previous');
    await expect.poll(revealed).toBe(first);
    // Before the first comes the last.
    await stepOnPage(tabId, 'previous');
    await expect.poll(topOf).toBeGreaterThan(firstTop);
  });

  test('every control of the panel and of the options page is reached with Tab and shows its focus', async () => {
    const { tabId } = await openFixture(session.browser, session.server, ARTICLE);
    const panel = await openPanelTab(session.browser, tabId);
    await panel.locator('textarea.note-body').first().waitFor();
    await expectEveryControlReached(panel);

    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/src/options/index.html`);
    await options.locator('main.options h1').waitFor();
    await expectEveryControlReached(options);
  });

  test('the manifest suggests the four shortcuts Chrome allows, and Chrome assigns them', async () => {
    const worker = await session.browser.worker();
    const suggested = await worker.evaluate(() =>
      Object.fromEntries(Object.entries(chrome.runtime.getManifest().commands ?? {}).map(([name, c]) => [name, (c.suggested_key as { default?: string } | undefined)?.default])),
    );
    expect(suggested).toEqual({
      _execute_action: 'Alt+Shift+O',
      'save-highlight': 'Alt+Shift+H',
      'next-quote': 'Alt+Shift+Period',
      'previous-quote': 'Alt+Shift+Comma',
    });
    // commands.getAll reports no shortcut for the toolbar action's own command, so only the others are checked there.
    const assigned = Object.fromEntries((await worker.evaluate(() => chrome.commands.getAll())).map((c) => [c.name, c.shortcut]));
    expect(assigned).toMatchObject({ 'save-highlight': 'Alt+Shift+H', 'next-quote': 'Alt+Shift+Period', 'previous-quote': 'Alt+Shift+Comma' });
  });
});
