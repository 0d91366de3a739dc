/**
 * Find a passage in a page's text, from cheap to fuzzy, verifying each:
 * 1. the stored position, if the text there is still the quote;
 * 2. exact occurrences of the quote, the best by context and position;
 * 3. approximate matches of the quote (Myers' bit-parallel algorithm from
 *    approx-string-match), scored on quote, prefix, suffix and position the
 *    way the Hypothesis client weighs them (50 : 20 : 20 : 2).
 * Works on text with white space removed (see page-text.ts), so it is pure
 * string work that runs in Node tests and benchmarks as in the page.
 *
 * The fuzzy search costs time in proportion to the page (over 100 ms on a
 * 200,000-character page for a long passage), and a live page (a ticking
 * clock) asks again after every change. So a passage the search did not find
 * is remembered with the text it was not found in, and the next search looks
 * only where the text changed since: a match lying wholly in unchanged text
 * would have been found the first time. A clock's tick costs a comparison
 * of the two texts and a search of a few hundred characters.
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
  const steps = locateSteps(text, target);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** `locate`, letting the page run (`pause`) between the pieces of a long fuzzy search. */
export async function locateCooperatively(text: string, target: LocateTarget, pause: () => Promise<void>): Promise<Location | null> {
  const steps = locateSteps(text, target);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

/** The search, yielding between pieces of the fuzzy search, each a few ms (none is a long task). */
function* locateSteps(text: string, target: LocateTarget): Generator<void, Location | null> {
  const { exact } = target;
  if (!exact) return null;
  if (target.start !== undefined && text.startsWith(exact, target.start)) {
    return { start: target.start, end: target.start + exact.length, method: 'position' };
  }
  const exactHit = bestExact(text, target);
  if (exactHit !== null) return { start: exactHit, end: exactHit + exact.length, method: 'exact' };
  return yield* bestFuzzy(text, target);
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

/** Passages the fuzzy search did not find, with the text it searched (bounded: forgetting only costs a full search). */
const notFoundIn = new Map<string, string>();
const REMEMBERED_MISSES = 1_000;

function* bestFuzzy(text: string, target: LocateTarget): Generator<void, Location | null> {
  const maxErrors = Math.floor(target.exact.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return null;
  const missKey = `${target.exact}\u0000${target.prefix}\u0000${target.suffix}`;
  // An edited passage mostly keeps its context: look first where the saved prefix or suffix still is.
  const inContext = yield* bestMatchIn(text, target, maxErrors, contextWindows(text, target, maxErrors));
  if (inContext) {
    notFoundIn.delete(missKey);
    return inContext;
  }
  const previous = notFoundIn.get(missKey);
  const window = previous === undefined ? { start: 0, end: text.length } : changedWindow(previous, text, target.exact.length + maxErrors);
  const best = window ? yield* bestMatchIn(text, target, maxErrors, [window]) : null;
  if (best) notFoundIn.delete(missKey);
  else {
    if (notFoundIn.size >= REMEMBERED_MISSES) notFoundIn.clear();
    notFoundIn.set(missKey, text);
  }
  return best;
}

/** Context shorter than this is too common to place a passage by. */
const MIN_CONTEXT_CHARS = 8;

/** Where the passage would be next to the first exact occurrence of its saved prefix, and of its saved suffix. */
function contextWindows(text: string, target: LocateTarget, maxErrors: number): Window[] {
  const reach = target.exact.length + maxErrors;
  const windows: Window[] = [];
  const afterPrefix = target.prefix.length >= MIN_CONTEXT_CHARS ? text.indexOf(target.prefix) : -1;
  if (afterPrefix !== -1) {
    const start = afterPrefix + target.prefix.length;
    windows.push({ start: Math.max(0, start - maxErrors), end: Math.min(text.length, start + reach) });
  }
  const beforeSuffix = target.suffix.length >= MIN_CONTEXT_CHARS ? text.indexOf(target.suffix) : -1;
  if (beforeSuffix !== -1) windows.push({ start: Math.max(0, beforeSuffix - reach), end: Math.min(text.length, beforeSuffix + maxErrors) });
  return windows;
}

interface Window {
  start: number;
  end: number;
}

/** Characters of text per piece of the fuzzy search: a few ms of work in Chromium. */
export const SEARCH_PIECE_CHARS = 20_000;

/**
 * The best-scored approximate match of the quote lying within one of
 * `windows`, searched in pieces that overlap by the longest possible match,
 * so that every match lies wholly in one piece.
 */
function* bestMatchIn(text: string, target: LocateTarget, maxErrors: number, windows: Window[]): Generator<void, Location | null> {
  const longestMatch = target.exact.length + maxErrors;
  let best: Location | null = null;
  let bestScore = -Infinity;
  for (const window of windows) {
    for (let from = window.start; from < window.end; from += SEARCH_PIECE_CHARS) {
      if (from > window.start) yield;
      const to = Math.min(window.end, from + SEARCH_PIECE_CHARS + longestMatch);
      for (const match of search(text.slice(from, to), target.exact, maxErrors)) {
        const start = from + match.start;
        const end = from + match.end;
        const score = contextScore(text, target, start, end, 1 - match.errors / target.exact.length);
        if (score > bestScore) {
          best = { start, end, method: 'fuzzy' };
          bestScore = score;
        }
      }
      if (to === window.end) break;
    }
  }
  return best;
}

/**
 * The part of `now` that differs from `before` (after their common beginning,
 * before their common end), widened by `margin` on each side for matches
 * that straddle its edges; null when the texts are the same.
 */
export function changedWindow(before: string, now: string, margin: number): Window | null {
  if (before === now) return null;
  const shorter = Math.min(before.length, now.length);
  let head = 0;
  while (head < shorter && before.charCodeAt(head) === now.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shorter - head && before.charCodeAt(before.length - 1 - tail) === now.charCodeAt(now.length - 1 - tail)) tail++;
  return { start: Math.max(0, head - margin), end: Math.min(now.length, now.length - tail + margin) };
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
