/**
 * What Policy Lens draws on a page, as the reader sees it. The overlay lives
 * in a closed shadow root the page cannot open; the tests look in through the
 * DevTools protocol (which pierces closed roots) and read which page text lies
 * under the drawn boxes, character by character.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser.ts';

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

/** Run `use` with the page's whole DOM, closed shadow roots included, and a DevTools session whose node ids fit it. */
async function withDom<T>(page: Page, use: (root: DomNode, cdp: Cdp) => Promise<T> | T): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return await use(root, cdp);
  } finally {
    await cdp.detach();
  }
}

function allNodes(node: DomNode): DomNode[] {
  return [node, ...[...(node.children ?? []), ...(node.shadowRoots ?? [])].flatMap(allNodes)];
}

/** The overlay's shadow tree, or null when the page has no overlay. */
function overlayOf(root: DomNode): DomNode | null {
  return allNodes(root).find((node) => node.nodeName === 'POLICY-LENS-OVERLAY')?.shadowRoots?.[0] ?? null;
}

function overlayTree(page: Page): Promise<DomNode | null> {
  return withDom(page, overlayOf);
}

const attribute = (node: DomNode, name: string) => {
  const list = node.attributes ?? [];
  const i = list.findIndex((value, index) => index % 2 === 0 && value === name);
  return i === -1 ? null : (list[i + 1] ?? null);
};

function descendants(node: DomNode): DomNode[] {
  return (node.children ?? []).flatMap((child) => [child, ...descendants(child)]);
}

function boxOf(node: DomNode): Box {
  const style = attribute(node, 'style') ?? '';
  const px = (name: string) => Number(new RegExp(`${name}:\\s*(-?[\\d.]+)px`).exec(style)?.[1] ?? NaN);
  return { left: px('left'), top: px('top'), width: px('width'), height: px('height') };
}

/** The boxes of each drawn passage of a layer ('user-yellow', 'opposes', 'reveal'…), in drawing order. */
export async function drawnBoxes(page: Page, layer: string): Promise<Box[][]> {
  const tree = await overlayTree(page);
  if (!tree) return [];
  return descendants(tree)
    .filter((node) => attribute(node, 'data-layer') === layer)
    .map((group) => (group.children ?? []).map(boxOf));
}

/** The background colour of a layer's first drawn box, as Chromium computes it. */
export function drawnBackground(page: Page, layer: string): Promise<string | null> {
  return withDom(page, async (root, cdp) => {
    const tree = overlayOf(root);
    const box = tree && descendants(tree).find((node) => attribute(node, 'data-layer') === layer)?.children?.[0];
    if (!box) return null;
    await cdp.send('CSS.enable');
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: box.nodeId })) as { computedStyle: { name: string; value: string }[] };
    return computedStyle.find((p) => p.name === 'background-color')?.value ?? null;
  });
}

/** The names of the layers with something drawn, sorted. */
export async function drawnLayers(page: Page): Promise<string[]> {
  const tree = await overlayTree(page);
  if (!tree) return [];
  const layers = descendants(tree).flatMap((node) => (node.children?.length ? [attribute(node, 'data-layer')] : []));
  return [...new Set(layers.filter((l): l is string => l !== null))].sort();
}

/** The page text under each drawn passage of a layer, white space collapsed. */
export async function drawnTexts(page: Page, layer: string): Promise<string[]> {
  const groups = await drawnBoxes(page, layer);
  return page.evaluate((boxes) => {
    const inside = (x: number, y: number, box: { left: number; top: number; width: number; height: number }) =>
      x > box.left && x < box.left + box.width && y > box.top && y < box.top + box.height;
    const char = document.createRange();
    return boxes.map((group) => {
      let text = '';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++) {
          char.setStart(node, i);
          char.setEnd(node, i + 1);
          const rect = char.getBoundingClientRect();
          const under = group.some((box) => inside(rect.left + rect.width / 2, rect.top + rect.height / 2, box));
          text += under ? node.data[i] : ' ';
        }
      }
      return text.replace(/\s+/g, ' ').trim();
    });
  }, groups);
}

/** Where the Highlight button is drawn (viewport coordinates), or null while none shows; found in any shadow root. */
export function highlightButtonCentre(page: Page): Promise<{ x: number; y: number } | null> {
  return withDom(page, async (root, cdp) => {
    const buttons = allNodes(root).filter((node) => node.nodeName === 'BUTTON' && attribute(node, 'aria-label') === 'Save the selection as a Policy Lens highlight');
    for (const button of buttons) {
      // The box model exists only for an element that is rendered.
      const found = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId }).catch(() => null)) as { model: { border: number[] } } | null;
      const quad = found?.model.border;
      if (quad && quad.length >= 6) return { x: (quad[0]! + quad[4]!) / 2, y: (quad[1]! + quad[5]!) / 2 };
    }
    return null;
  });
}

/** Whether a Highlight button is rendered on the page. */
export async function highlightButtonShown(page: Page): Promise<boolean> {
  return (await highlightButtonCentre(page)) !== null;
}

/** Turn "Show quotes and positions on the page" on, as the panel's switch does. */
export async function showAnalysisOnPage(browser: ExtensionBrowser): Promise<void> {
  const worker = await browser.worker();
  await worker.evaluate(() => chrome.storage.sync.set({ showAnalysisOnPage: true }));
}
