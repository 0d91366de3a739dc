import { describe, expect, test } from 'vitest';
import { locate } from '../../../src/content/anchoring/locate.ts';

const strip = (s: string) => s.replace(/\s+/g, '');
const page = strip(
  'The ministry said the new goverment plan would cut waiting lists by half within two years. ' +
    'Unions said the plan would cut waiting lists only on paper. ' +
    'A pull quote repeats: the plan would cut waiting lists.',
);

function target(text: string, exact: string) {
  const start = text.indexOf(exact);
  return { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32), start };
}

describe('locate', () => {
  test('uses the stored position when the text there is unchanged', () => {
    const t = target(page, strip('would cut waiting lists by half'));
    expect(locate(page, t)).toEqual({ start: t.start, end: t.start + t.exact.length, method: 'position' });
  });

  test('finds moved text exactly and picks the occurrence whose context matches', () => {
    const t = target(page, strip('the plan would cut waiting lists'));
    const moved = strip('Breaking: ') + page;
    const found = locate(moved, t)!;
    expect(found.method).toBe('exact');
    expect(found.start).toBe(t.start + strip('Breaking: ').length);
  });

  test('chooses by prefix and suffix between repeated occurrences', () => {
    const second = page.lastIndexOf(strip('the plan would cut waiting lists'));
    const t = { ...target(page.slice(second - 40), strip('the plan would cut waiting lists')), start: undefined };
    t.prefix = page.slice(second - 32, second);
    t.suffix = page.slice(second + t.exact.length, second + t.exact.length + 32);
    expect(locate(page, t)!.start).toBe(second);
  });

  test('re-anchors fuzzily after a word is inserted before it and a typo is fixed inside it', () => {
    const t = target(page, strip('the new goverment plan would cut waiting lists by half'));
    const edited = page.replace(strip('said the new goverment'), strip('said on Tuesday that the new government'));
    const found = locate(edited, t)!;
    expect(found.method).toBe('fuzzy');
    expect(edited.slice(found.start, found.end)).toBe(strip('the new government plan would cut waiting lists by half'));
  });

  test('gives up when the passage is gone rather than anchoring to something else', () => {
    const t = target(page, strip('the new goverment plan would cut waiting lists by half within two years'));
    const without = page.replace(strip('The ministry said the new goverment plan would cut waiting lists by half within two years.'), '');
    expect(locate(without, t)).toBeNull();
  });

  test('an empty quote finds nothing', () => {
    expect(locate(page, { exact: '', prefix: '', suffix: '' })).toBeNull();
  });
});
