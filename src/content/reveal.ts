/**
 * Scroll a passage into view and mark it with the CSS Custom Highlight API,
 * which styles text ranges without changing the page's DOM.
 */
import type { TextQuoteSelector } from '../engine/types.ts';
import { anchorQuote } from './anchoring/anchor-quote.ts';

export const REVEAL_HIGHLIGHT = 'policy-lens-reveal';

export function revealPassage(selector: TextQuoteSelector): boolean {
  const range = anchorQuote(document.body ?? document.documentElement, selector);
  if (!range) return false;
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
    CSS.highlights.set(REVEAL_HIGHLIGHT, new Highlight(range));
  }
  const target = range.startContainer.parentElement;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  return true;
}
