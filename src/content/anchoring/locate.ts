/**
 * Find a passage in a page's text, from cheap to fuzzy, verifying each:
 * 1. the stored position, if the text there is still the quote;
 * 2. exact occurrences of the quote, the best by context and position;
 * 3. approximate matches of the quote (Myers' bit-parallel algorithm from
 *    approx-string-match), scored on quote, prefix, suffix and position the
 *    way the Hypothesis client weighs them (50 : 20 : 20 : 2).
 * Works on text with white space removed (see page-text.ts), so it is pure
 * string work that runs in Node tests and benchmarks as in the page.
 */
import search from 'approx-string-match';

export interface LocateTarget {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the passage was when it was saved, if known. */
  start?: number;
}

export interface Location {
  start: number;
  end: number;
  method: 'position' | 'exact' | 'fuzzy';
}

/** Below this similarity of the quote itself, a fuzzy match is not the passage any more. */
const MIN_QUOTE_SIMILARITY = 0.75;
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

export function locate(text: string, target: LocateTarget): Location | null {
  const { exact } = target;
  if (!exact) return null;
  if (target.start !== undefined && text.startsWith(exact, target.start)) {
    return { start: target.start, end: target.start + exact.length, method: 'position' };
  }
  const exactHit = bestExact(text, target);
  if (exactHit !== null) return { start: exactHit, end: exactHit + exact.length, method: 'exact' };
  return bestFuzzy(text, target);
}

function bestExact(text: string, target: LocateTarget): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  for (let at = text.indexOf(target.exact); at !== -1; at = text.indexOf(target.exact, at + 1)) {
    const score = contextScore(text, target, at, at + target.exact.length, 1);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

function bestFuzzy(text: string, target: LocateTarget): Location | null {
  const maxErrors = Math.floor(target.exact.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return null;
  let best: Location | null = null;
  let bestScore = -Infinity;
  for (const match of search(text, target.exact, maxErrors)) {
    const quoteSimilarity = 1 - match.errors / target.exact.length;
    const score = contextScore(text, target, match.start, match.end, quoteSimilarity);
    if (score > bestScore) {
      best = { start: match.start, end: match.end, method: 'fuzzy' };
      bestScore = score;
    }
  }
  return best;
}

function contextScore(text: string, target: LocateTarget, start: number, end: number, quoteSimilarity: number): number {
  const prefix = target.prefix ? similarity(text.slice(Math.max(0, start - target.prefix.length), start), target.prefix) : 1;
  const suffix = target.suffix ? similarity(text.slice(end, end + target.suffix.length), target.suffix) : 1;
  const position = target.start === undefined ? 1 : 1 - Math.min(1, Math.abs(start - target.start) / Math.max(1, text.length));
  return WEIGHTS.quote * quoteSimilarity + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position;
}

/** 0..1: how close two short context strings are (edit distance, via the same matcher). */
function similarity(actual: string, expected: string): number {
  if (!expected) return 1;
  if (!actual) return 0;
  if (actual === expected) return 1;
  const [match] = search(actual, expected, expected.length);
  return match ? 1 - match.errors / expected.length : 0;
}
