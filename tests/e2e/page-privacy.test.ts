/**
 * What a page can learn of, and do with, what Policy Lens draws on it. A spy
 * script in the page watches every surface a page script can reach while the
 * reader's highlight is drawn in a colour of their own and a passage is shown
 * from the panel; a hostile page tries to get a highlight of its choice saved
 * by a click of the reader's; the Highlight button goes away when the reader
 * is done with it; the analysis is drawn only when the reader asks for it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { drawnLayers as drawnLayersOf, drawnTexts, highlightButtonCentre, highlightButtonShown } from './support/overlay.ts';
import { clickHighlightButton, selectInPage } from './support/reader-actions.ts';
import { useExtensionSession } from './support/session.ts';
import { openFixture, openPanelTab } from './support/tabs.ts';

const SHORT_ARTICLE = '/editable.html';
const LONG_ARTICLE = '/eu-taliban-brussels.html';
const PASSAGE = 'the new goverment plan would cut waiting lists by half';
const LONG_PASSAGE = 'I disapprove of the invitation of the Taliban to Brussels, but I cannot block it';
/** The reader's own colour for yellow highlights, and how a page could see it written. */
const OWN_COLOUR = '#123456';
const OWN_COLOUR_FORMS = ['123456', '18, 52, 86', '18 52 86'];

const session = useExtensionSession();

/**
 * Runs in the page before its own scripts: records every distinct state of what a page can observe (the highlight
 * registry, adopted and ordinary style sheets, every element of ours with its attributes, shadow root, computed style
 * and box, the computed style of the article's text, the selection and scroll position) and every DOM mutation,
 * attribute changes included, and every event on our elements.
 */
function installSpy(): void {
  const spy = { states: [] as string[], mutations: [] as string[], events: [] as string[], ticks: 0 };
  (window as unknown as { spy: typeof spy }).spy = spy;
  const rules = (sheet: CSSStyleSheet) => {
    try {
      return [...sheet.cssRules].map((r) => r.cssText).join('');
    } catch {
      return 'unreadable';
    }
  };
  const styleOf = (element: Element) => {
    const style = getComputedStyle(element);
    return [...style].map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
  };
  const watched = new WeakSet<Element>();
  const record = () => {
    const ours = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('policy-lens'));
    for (const element of ours) {
      if (watched.has(element)) continue;
      watched.add(element);
      for (const type of ['toggle', 'beforetoggle', 'animationstart', 'transitionstart'])
        element.addEventListener(type, () => spy.events.push(`${type} on ${element.localName}`));
    }
    const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : new Map();
    const state = JSON.stringify({
      highlights: [...highlights.keys()],
      ranges: [...highlights.values()].flatMap((h) => [...(h as Set<Range>)].map((r) => r.toString())),
      adopted: document.adoptedStyleSheets.map(rules),
      sheets: [...document.styleSheets].map(rules),
      ours: ours.map((e) => ({
        name: e.localName,
        attributes: [...e.attributes].map((a) => `${a.name}=${a.value}`),
        shadowRoot: e.shadowRoot ? e.shadowRoot.innerHTML : null,
        popoverOpen: e.matches(':popover-open'),
        style: styleOf(e),
        box: JSON.stringify(e.getBoundingClientRect()),
      })),
      text: [...document.querySelectorAll('p, span, a, mark')].map(styleOf),
      selection: String(getSelection()),
      scroll: [scrollX, scrollY],
    });
    if (state !== spy.states.at(-1)) spy.states.push(state);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target instanceof Element ? r.target.localName : r.target.nodeName;
      const added = [...r.addedNodes].map((n) => n.nodeName.toLowerCase()).join(',');
      spy.mutations.push(`${r.type} ${target} ${r.attributeName ?? ''} ${added}`);
    }
    record();
  });
  // From when the page is parsed (the parser's own insertions are the page's): the content script runs after that.
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true, characterDataOldValue: true });
    document.addEventListener('selectionchange', record);
    setInterval(() => {
      record();
      spy.ticks++;
    }, 20);
  });
}

interface SpyReport {
  states: string[];
  mutations: string[];
  events: string[];
  /** How many times the spy has looked on its own (every 20 ms). */
  ticks: number;
}

/** Save the reader's selection as the keyboard shortcut and the context menu do (not through the on-page button). */
async function saveSelectionByShortcut(tabId: number): Promise<void> {
  const worker = await session.browser.worker();
  await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'capture-selection', colour: 'yellow' }), tabId);
}

const spyReport = (page: Page) => page.evaluate(() => (window as unknown as { spy: SpyReport }).spy);

describe('a page cannot observe what is drawn', () => {
  test('a spy script learns nothing of the reader’s highlight, its colour or the passage shown from the panel', async () => {
    const worker = await session.browser.worker();
    await worker.evaluate((colour) => chrome.storage.sync.set({ colours: { 'user-yellow': colour } }), OWN_COLOUR);
    // First visit: the reader highlights a passage (the page sees the reader select it, as it always could).
    const { page, tabId } = await openFixture(session.browser, session.server, SHORT_ARTICLE);
    await page.bringToFront();
    await selectInPage(page, PASSAGE, '#target');
    await saveSelectionByShortcut(tabId);
    const panel = await openPanelTab(session.browser, tabId);
    await expect.poll(() => panel.locator('.highlights .highlight-text').allTextContents()).toEqual([PASSAGE]);

    // Next visit, with the spy in the page from the start.
    await page.addInitScript(installSpy);
    await page.reload();
    /** Whether a passage is drawn in a layer: privately in the overlay, or where the spy can see it. */
    const drawn = async (layer: string, text: string) =>
      (await drawnTexts(page, layer)).includes(text) || JSON.stringify(await spyReport(page)).includes(text);
    await expect.poll(() => drawn('user-yellow', PASSAGE)).toBe(true);
    // The reader shows the highlight from the panel (it is in view: nothing needs to scroll).
    await panel.reload();
    await panel.locator('.highlights .highlight-text', { hasText: PASSAGE }).click();
    await expect.poll(async () => (await drawnTexts(page, 'reveal')).includes(PASSAGE) || JSON.stringify(await spyReport(page)).includes('reveal')).toBe(true);
    await page.bringToFront();
    // The reader points at the highlighted passage.
    const box = (await page.locator('#target').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 10);
    // The spy looks every 20 ms: let it look twice after the pointing, or what the pointing changed goes unseen.
    const pointedAt = (await spyReport(page)).ticks;
    await expect
      .poll(async () => {
        const { ticks, states } = await spyReport(page);
        return { lookedAfterPointing: ticks >= pointedAt + 2, states: states.length > 0 };
      })
      .toEqual({ lookedAfterPointing: true, states: true });

    const { states, mutations, events } = await spyReport(page);
    const everything = JSON.stringify({ states, mutations, events });
    expect(everything).not.toContain(PASSAGE);
    expect(everything).not.toContain('policy-lens-user');
    for (const form of OWN_COLOUR_FORMS) expect(everything).not.toContain(form);
    for (const state of states.map((s) => JSON.parse(s) as { highlights: string[]; adopted: string[]; ours: { shadowRoot: string | null }[] })) {
      expect(state.highlights).toEqual([]);
      expect(state.adopted).toEqual([]);
      for (const element of state.ours) expect(element.shadowRoot).toBeNull();
    }
    // What the page can see: our elements being added once, then nothing changing through the drawing, the reveal
    // and the pointing.
    for (const mutation of mutations) expect(mutation).toBe('childList html  policy-lens-overlay');
    const withOurs = states.filter((s) => (JSON.parse(s) as { ours: unknown[] }).ours.length > 0);
    expect(withOurs.length).toBe(1);
    expect(events.filter((e) => !e.includes('toggle'))).toEqual([]);
  });
});

describe('clickjacking', () => {
  test('a page that selects text, fakes the mouseup and hides the button under a decoy gets nothing saved', async () => {
    const { page, tabId } = await openFixture(session.browser, session.server, LONG_ARTICLE);
    const panel = await openPanelTab(session.browser, tabId);
    await expect.poll(() => panel.locator('.highlights .empty').count()).toBe(1);
    await page.bringToFront();
    const chosen = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('article p')].at(-1)!;
      paragraph.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return range.toString().trim();
    });
    // Where a Highlight button would show, the page puts a decoy of its own and makes anything of ours invisible.
    const decoy = await page.evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const rect = getSelection()!.getRangeAt(0).getBoundingClientRect();
      const ours = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('policy-lens'));
      const button = ours.map((e) => e.getBoundingClientRect()).find((r) => r.width > 0) ?? { left: rect.right - 40, top: rect.bottom + 8, width: 80, height: 28 };
      for (const element of ours) (element as HTMLElement).style.setProperty('opacity', '0', 'important');
      const fake = document.createElement('button');
      fake.textContent = 'Continue reading';
      fake.style.cssText = `position:fixed;left:${button.left}px;top:${button.top}px;width:${button.width}px;height:${button.height}px;z-index:1`;
      document.body.append(fake);
      return { x: button.left + button.width / 2, y: button.top + button.height / 2 };
    });
    await page.mouse.click(decoy.x, decoy.y);

    // The reader then highlights a passage of their own choice: once it is listed, the decoy's click was handled too.
    await selectInPage(page, LONG_PASSAGE);
    await saveSelectionByShortcut(tabId);
    const listed = panel.locator('.highlights .highlight-text');
    await expect.poll(() => listed.allTextContents()).toEqual([LONG_PASSAGE]);
    expect(chosen).not.toBe(LONG_PASSAGE);
  });

  test('once the reader selects, the page cannot hide the Highlight button', async () => {
    const { page } = await openFixture(session.browser, session.server, LONG_ARTICLE);
    await page.bringToFront();
    await selectInPage(page, LONG_PASSAGE);
    await expect.poll(() => highlightButtonShown(page)).toBe(true);
    const seen = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '[popover], policy-lens-overlay { opacity: 0 !important; visibility: hidden !important; display: none !important }';
      document.head.append(style);
      const ours = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('policy-lens'));
      for (const element of ours) (element as HTMLElement).style.setProperty('opacity', '0', 'important');
      return ours.map((e) => [getComputedStyle(e).opacity, getComputedStyle(e).visibility, getComputedStyle(e).display]);
    });
    expect(seen.length).toBeGreaterThan(0);
    for (const style of seen) expect(style).toEqual(['1', 'visible', 'block']);
    expect(await highlightButtonShown(page)).toBe(true);
  });
});

describe('the Highlight button goes away', () => {
  const showButton = async (page: Page) => {
    await selectInPage(page, LONG_PASSAGE);
    await expect.poll(() => highlightButtonShown(page)).toBe(true);
  };

  test('after highlighting, scrolling, clicking elsewhere and Escape', async () => {
    const { page } = await openFixture(session.browser, session.server, LONG_ARTICLE);
    await page.bringToFront();

    await showButton(page);
    await clickHighlightButton(page);
    await expect.poll(() => highlightButtonShown(page)).toBe(false);
    // Once the highlight is saved the selection clears; selecting again before that would race the save.
    await expect.poll(() => page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');

    await showButton(page);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => highlightButtonShown(page)).toBe(false);

    await showButton(page);
    await page.mouse.click(5, 5);
    await expect.poll(() => highlightButtonShown(page)).toBe(false);

    await showButton(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => highlightButtonShown(page)).toBe(false);
    expect(await highlightButtonCentre(page)).toBeNull();
  });
});

describe('what is drawn by default', () => {
  test('only the reader’s highlights and the passage they pick; quotes and positions are one remembered switch away', async () => {
    const { page, tabId } = await openFixture(session.browser, session.server, SHORT_ARTICLE);
    // The reader's own highlights (from the tests above) are always drawn; what matters here is the rest.
    const drawnLayers = async (on: Page) => (await drawnLayersOf(on)).filter((layer) => !layer.startsWith('user-'));
    const panel = await openPanelTab(session.browser, tabId);
    const toggle = panel.locator('label.toggle input');
    await expect.poll(() => panel.locator('.quote').count()).toBeGreaterThan(0);
    expect(await toggle.isChecked()).toBe(false);
    expect(await panel.locator('label.toggle').textContent()).toBe('Show quotes and positions on the page');
    // The reader picks a quote: it alone is drawn.
    await panel.locator('.quote button').first().click();
    await expect.poll(() => drawnLayers(page)).toEqual(['reveal']);

    await toggle.check();
    await expect.poll(async () => (await drawnLayers(page)).length).toBeGreaterThan(1);
    // Remembered: a new panel starts with it on, and draws the analysis again.
    await panel.close();
    await expect.poll(() => drawnLayers(page)).toEqual(['reveal']);
    const again = await openPanelTab(session.browser, tabId);
    await expect.poll(() => again.getByLabel('Show quotes and positions on the page').isChecked()).toBe(true);
    await expect.poll(async () => (await drawnLayers(page)).length).toBeGreaterThan(1);
    await again.getByLabel('Show quotes and positions on the page').uncheck();
    await expect.poll(() => drawnLayers(page)).toEqual(['reveal']);
  });
});

