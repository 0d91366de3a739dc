/**
 * Scroll a passage into view and flash it with the CSS Custom Highlight API
 * (or the fallback marks), which styles text without changing the page's DOM.
 */
import type { TextQuoteSelector } from '../engine/types.ts';
import { drawLayer } from './highlights/layers.ts';
import { anchorInPage } from './highlights/passage-sets.ts';

export const REVEAL_LAYER = 'policy-lens-reveal';

export function revealPassage(selector: TextQuoteSelector): boolean {
  const range = anchorInPage({ quote: selector });
  if (!range) return false;
  drawLayer(REVEAL_LAYER, [range]);
  const target = range.startContainer.parentElement;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  return true;
}
