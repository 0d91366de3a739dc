/**
 * Find a TextQuoteSelector in the live page. Exact text first; when the text
 * occurs several times, the occurrence whose surroundings best match the
 * selector's prefix and suffix wins (a pull-quote box repeats its quote).
 */
import type { TextQuoteSelector } from '../../engine/types.ts';
import { rangeOf, readPageText, stripWhiteSpace } from './page-text.ts';
import type { PageText } from './page-text.ts';

export function anchorQuote(root: Node, selector: TextQuoteSelector): Range | null {
  return anchorInPageText(readPageText(root), selector);
}

export function anchorInPageText(page: PageText, selector: TextQuoteSelector): Range | null {
  const exact = stripWhiteSpace(selector.exact);
  if (!exact) return null;
  const prefix = stripWhiteSpace(selector.prefix);
  const suffix = stripWhiteSpace(selector.suffix);
  let best = -1;
  let bestScore = -1;
  for (let at = page.text.indexOf(exact); at !== -1; at = page.text.indexOf(exact, at + 1)) {
    const score =
      commonSuffixLength(page.text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefixLength(page.text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best === -1 ? null : rangeOf(page, best, best + exact.length);
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
