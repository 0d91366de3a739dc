/**
 * Named sets of text ranges drawn on the page as boxes in the overlay (see
 * overlay.ts). The page's DOM and style sheets are left alone: the boxes are
 * computed from the ranges' client rects and drawn again, at most once per
 * frame, when the page scrolls, resizes or changes. A box whose text is
 * covered by something of the page (a sticky header, a dialog, a scrolled-away
 * container) is not drawn over it.
 */
import { layerClass } from './colours.ts';
import { ensureOverlay } from './overlay.ts';

/** Ranges drawn per layer name. The ranges never leave this module's world: the page cannot reach or move them. */
const drawn = new Map<string, Range[]>();

export function drawLayer(name: string, ranges: Range[]): void {
  if (ranges.length === 0) return clearLayer(name);
  drawn.set(name, ranges);
  watchLayout();
  schedulePaint();
}

export function clearLayer(name: string): void {
  if (!drawn.delete(name)) return;
  if (drawn.size === 0) stopWatchingLayout();
  schedulePaint();
}

let scheduled = false;

function schedulePaint(): void {
  if (scheduled) return;
  scheduled = true;
  // A hidden tab runs no animation frames; draw at once so the boxes are right when it shows.
  if (document.hidden) setTimeout(paint, 0);
  else requestAnimationFrame(paint);
}

let painted = false;

function paint(): void {
  scheduled = false;
  if (drawn.size === 0 && !painted) return;
  const groups: HTMLElement[] = [];
  for (const [name, ranges] of drawn) {
    for (const range of ranges) {
      const group = document.createElement('div');
      group.dataset.layer = name;
      for (const rect of visibleRects(range)) group.append(box(name, rect));
      groups.push(group);
    }
  }
  ensureOverlay().boxes.replaceChildren(...groups);
  painted = groups.length > 0;
}

function box(name: string, rect: DOMRect): HTMLElement {
  const element = document.createElement('div');
  element.className = `box ${layerClass(name)}`;
  element.style.cssText = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px`;
  return element;
}

const piece = document.createRange();

/** The client rects of a range's text, one text node at a time, leaving out what the page covers. */
function visibleRects(range: Range): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const text of textNodesOf(range)) {
    piece.selectNodeContents(text);
    if (text === range.startContainer) piece.setStart(text, range.startOffset);
    if (text === range.endContainer) piece.setEnd(text, range.endOffset);
    for (const rect of piece.getClientRects()) {
      if (rect.width >= 1 && rect.height >= 1 && !coveredByPage(rect, text)) rects.push(rect);
    }
  }
  return rects;
}

function* textNodesOf(range: Range): Generator<Text> {
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  // Ranges start in a text node (see anchoring/page-text.ts): walk from there, not over the whole common ancestor.
  if (range.startContainer instanceof Text) walker.currentNode = range.startContainer;
  for (let node = walker.currentNode instanceof Text ? walker.currentNode : walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) yield node as Text;
    if (node === range.endContainer || range.comparePoint(node, 0) > 0) return;
  }
}

/** Whether the page shows something else where this piece of text is (checked at its centre, on screen only). */
function coveredByPage(rect: DOMRect, text: Text): boolean {
  const x = clamp((rect.left + rect.right) / 2, 0, innerWidth - 1);
  const y = clamp((rect.top + rect.bottom) / 2, 0, innerHeight - 1);
  if (rect.right < 0 || rect.left >= innerWidth || rect.bottom < 0 || rect.top >= innerHeight) return false;
  const hit = document.elementFromPoint(x, y);
  const owner = text.parentElement;
  if (!hit || !owner) return false;
  return !(hit === owner || hit.contains(owner) || owner.contains(hit));
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

let layoutWatch: AbortController | null = null;

/** Paint again when anything may have moved the text: scrolling (of the page or any container), resizing, changes, loads. */
function watchLayout(): void {
  if (layoutWatch) return;
  layoutWatch = new AbortController();
  const { signal } = layoutWatch;
  const options = { capture: true, passive: true, signal };
  document.addEventListener('scroll', schedulePaint, options);
  document.addEventListener('load', schedulePaint, options);
  window.addEventListener('resize', schedulePaint, options);
  document.addEventListener('visibilitychange', schedulePaint, options);
  const mutations = new MutationObserver(schedulePaint);
  mutations.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  const sizes = new ResizeObserver(schedulePaint);
  sizes.observe(document.documentElement);
  if (document.body) sizes.observe(document.body);
  signal.addEventListener('abort', () => {
    mutations.disconnect();
    sizes.disconnect();
  });
}

function stopWatchingLayout(): void {
  layoutWatch?.abort();
  layoutWatch = null;
}
