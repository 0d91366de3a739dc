/**
 * A passage that is missing from a live page is not searched for over the
 * whole page again after each small change: only where the text changed.
 */
import { describe, expect, test, vi } from 'vitest';

const searchedLengths: number[] = [];
vi.mock('approx-string-match', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (text: string, pattern: string, maxErrors: number) => unknown[] }).default;
  return {
    default: (text: string, pattern: string, maxErrors: number) => {
      searchedLengths.push(text.length);
      return real(text, pattern, maxErrors);
    },
  };
});
const { changedWindow, locate, locateCooperatively, SEARCH_PIECE_CHARS } = await import('../../../src/content/anchoring/locate.ts');

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph${i}aboutthecouncilbudgetandthelibrariesvote.`).join('');
const clock = (s: number) => `Updated12:00:${String(s).padStart(2, '0')}`;
const MISSING = { exact: 'Theministerpromisedanewferrylinetotheislandsbynextspring', prefix: 'Onthursday', suffix: 'officialssaid' };

describe('a missing passage on a page whose clock ticks', () => {
  test('is searched over the whole page once, then only around what changed; and found when it appears', () => {
    const body = filler(4_000);
    searchedLengths.length = 0;
    expect(locate(clock(0) + body, MISSING)).toBeNull();
    // The whole page, in pieces that overlap by a passage's length at most.
    const firstSearch = searchedLengths.splice(0);
    expect(firstSearch.reduce((sum, length) => sum + length, 0)).toBeGreaterThanOrEqual(clock(0).length + body.length);
    for (const length of firstSearch) expect(length).toBeLessThanOrEqual(SEARCH_PIECE_CHARS + 200);
    for (let s = 1; s <= 5; s++) expect(locate(clock(s) + body, MISSING)).toBeNull();
    // Each tick: a search of the few characters that changed and a passage's length around them.
    for (const length of searchedLengths) expect(length).toBeLessThan(200);
    // Nothing changed at all: no search.
    const before = searchedLengths.length;
    expect(locate(clock(5) + body, MISSING)).toBeNull();
    expect(searchedLengths.length).toBe(before);

    // The passage arrives (late-loading text, with a typo fixed): found by the search of the change.
    const arrived = `${clock(6)}${body.slice(0, 50_000)}${MISSING.prefix}Theministerpromisedanewferrylinetotheislandbynextspring${MISSING.suffix}${body.slice(50_000)}`;
    const found = locate(arrived, MISSING);
    expect(found?.method).toBe('fuzzy');
    expect(arrived.slice(found!.start, found!.end)).toContain('ferryline');
  });
});

describe('an edited passage whose saved context is still on the page', () => {
  test('is searched for only next to that context, not over the whole page', () => {
    const body = filler(4_000);
    const page = `${body.slice(0, 90_000)}${MISSING.prefix}Theministerpromisedanewferrylinetothreeislandsbynextspring${MISSING.suffix}${body.slice(90_000)}`;
    searchedLengths.length = 0;
    const found = locate(page, MISSING);
    expect(page.slice(found?.start, found?.end)).toContain('ferrylinetothree');
    for (const length of searchedLengths) expect(length).toBeLessThan(200);
  });

  test('with its prefix edited too, is found next to its suffix', () => {
    const body = filler(4_000);
    const page = `${body.slice(0, 90_000)}OnFriday,Theministerpromisedanewferrylinetothreeislandsbynextspring${MISSING.suffix}${body.slice(90_000)}`;
    searchedLengths.length = 0;
    expect(page.slice(locate(page, MISSING)?.start, locate(page, MISSING)?.end)).toContain('ferrylinetothree');
    for (const length of searchedLengths) expect(length).toBeLessThan(200);
  });
});

describe('the first search of a long page, as the content script runs it', () => {
  test('lets the page run between pieces, and finds what the one-piece search finds', async () => {
    const body = filler(4_000);
    const page = `${body.slice(0, 150_000)}Theministerpromisedanewferrylinetotheislandbynextspring${body.slice(150_000)}`;
    let pauses = 0;
    const pause = () => {
      pauses++;
      return Promise.resolve();
    };
    const lost = { ...MISSING, prefix: 'Nowhereonthispage', suffix: 'norhereeither' };
    const found = await locateCooperatively(page, lost, pause);
    expect(page.slice(found?.start, found?.end)).toContain('ferrylinetotheisland');
    expect(found).toEqual(locate(page, lost));
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(page.length / SEARCH_PIECE_CHARS) - 1);
  });
});

describe('changedWindow', () => {
  test('is the span between the common beginning and end, widened by the margin', () => {
    expect(changedWindow('abcXYZdef', 'abcQdef', 1)).toEqual({ start: 2, end: 5 });
    expect(changedWindow('same', 'same', 3)).toBeNull();
    expect(changedWindow('abc', 'abcdef', 0)).toEqual({ start: 3, end: 6 });
  });
});
