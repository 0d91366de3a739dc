/**
 * Show a passage the reader picked in the panel: mark it in the overlay and
 * scroll it into view if it is not in view already (a scroll is the one
 * thing of a reveal a page can notice). The reader can also step through the
 * drawn passages with the keyboard, from the one shown last.
 */
import type { TextQuoteSelector } from '../engine/types.ts';
import { drawLayer } from './highlights/layers.ts';
import { anchoredPassages, anchorInPage } from './highlights/passage-sets.ts';

export const REVEAL_LAYER = 'reveal';

let lastShown: Range | null = null;

export function revealPassage(selector: TextQuoteSelector): boolean {
  const range = anchorInPage({ quote: selector });
  if (!range) return false;
  showRange(range);
  return true;
}

/** Show the drawn passage after (or before) the one shown last, wrapping around at the ends. */
export function stepPassage(direction: 'next' | 'previous'): boolean {
  const ranges = anchoredPassages()
    .map((p) => p.range)
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const from = lastShown?.startContainer.isConnected ? lastShown : null;
  const order = (r: Range) => (from ? r.compareBoundaryPoints(Range.START_TO_START, from) : 0);
  // Past the last (or before the first), the search wraps round.
  const target =
    direction === 'next'
      ? (from && ranges.find((r) => order(r) > 0)) || ranges[0]
      : (from && ranges.findLast((r) => order(r) < 0)) || ranges.at(-1);
  if (!target) return false;
  showRange(target);
  return true;
}

function showRange(range: Range): void {
  lastShown = range;
  drawLayer(REVEAL_LAYER, [range]);
  if (inView(range.getBoundingClientRect())) return;
  const target = range.startContainer.parentElement;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
}

function inView(rect: DOMRect): boolean {
  return rect.top >= 0 && rect.bottom <= window.innerHeight && rect.left >= 0 && rect.right <= window.innerWidth;
}
