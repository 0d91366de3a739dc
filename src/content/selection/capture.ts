/**
 * Turn the reader's selection into selectors that can find it again later:
 * the exact text with up to 32 characters either side, and its offsets in the
 * page's white-space-free text (see page-text.ts). Context comes from that
 * same text because re-anchoring compares without white space.
 */
import { CONTEXT_CHARS } from '../../engine/text/passage.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../../engine/types.ts';
import { offsetsOf, readPageText } from '../anchoring/page-text.ts';
import { pageRoot } from '../highlights/passage-sets.ts';

export interface CapturedSelection {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Selections longer than this are not highlights but copy-all accidents. */
const MAX_SELECTION_CHARS = 5_000;

export function captureSelection(selection: Selection | null = window.getSelection()): CapturedSelection | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!pageRoot().contains(range.commonAncestorContainer)) return null;
  const exact = range.toString().replace(/\s+/g, ' ').trim();
  if (exact.length < 2 || exact.length > MAX_SELECTION_CHARS) return null;
  const page = readPageText(pageRoot());
  const offsets = offsetsOf(page, range);
  if (!offsets) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: page.text.slice(Math.max(0, offsets.start - CONTEXT_CHARS), offsets.start),
      suffix: page.text.slice(offsets.end, offsets.end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start: offsets.start, end: offsets.end },
  };
}
