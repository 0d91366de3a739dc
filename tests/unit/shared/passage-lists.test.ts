/** Lists of passages to draw are checked one passage at a time, capped, and long quotations cut to fit. */
import { describe, expect, test } from 'vitest';
import { fittedQuote, highlightsInAnswer, MAX_DRAWN_PASSAGES, parseMessage } from '../../../src/shared/messages.ts';
import { own, panelPage } from '../support/protocol-fixtures.ts';

const quote = (exact: string) => ({ type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' });
const passage = (id: string, exact: string) => ({ id, layer: 'quote', quote: quote(exact), label: 'A speaker' });

describe('draw-passages', () => {
  test('a quotation over 20,000 characters leaves out that passage only', () => {
    const passages = [passage('short', 'The council will vote on Friday.'), passage('long', 'word '.repeat(5_000)), { id: 'broken' }];
    const parsed = parseMessage({ type: 'draw-passages', set: 'analysis', passages }, panelPage, own);
    expect(parsed.ok).toBe(true);
    if (parsed.ok && parsed.message.type === 'draw-passages') expect(parsed.message.passages.map((p) => p.id)).toEqual(['short']);
  });

  test('a list longer than the cap is cut to it, not refused', () => {
    const passages = Array.from({ length: MAX_DRAWN_PASSAGES + 10 }, (_, i) => passage(`p${i}`, `Passage number ${i}.`));
    const parsed = parseMessage({ type: 'draw-passages', set: 'user', passages }, panelPage, own);
    expect(parsed.ok && parsed.message.type === 'draw-passages' && parsed.message.passages.length).toBe(MAX_DRAWN_PASSAGES);
  });
});

describe('fittedQuote', () => {
  test('cuts a long quotation to 20,000 characters; what followed the cut becomes its suffix', () => {
    const exact = `${'a'.repeat(20_000)}${'b'.repeat(500)}`;
    const fitted = fittedQuote({ type: 'TextQuoteSelector', exact, prefix: 'p'.repeat(300), suffix: ' after' });
    expect(fitted.exact).toBe('a'.repeat(20_000));
    expect(fitted.suffix).toBe('b'.repeat(200));
    expect(fitted.prefix).toBe('p'.repeat(200));
    const message = { type: 'draw-passages', set: 'analysis', passages: [{ id: 'long', layer: 'quote', quote: fitted, label: '' }] };
    const parsed = parseMessage(message, panelPage, own);
    expect(parsed.ok && parsed.message.type === 'draw-passages' && parsed.message.passages.length).toBe(1);
  });

  test('leaves a quotation that fits as it is', () => {
    const fits = { type: 'TextQuoteSelector' as const, exact: 'The vote is on Friday.', prefix: 'said ', suffix: '' };
    expect(fittedQuote(fits)).toBe(fits);
  });
});

describe('the answer to page-read', () => {
  test('keeps the valid highlights of a well-formed answer, and is empty for anything else', () => {
    expect(highlightsInAnswer({ highlights: [passage('h1', 'A passage.'), passage('h2', '')] }).map((h) => h.id)).toEqual(['h1']);
    for (const raw of [undefined, null, 'highlights', { highlights: 'all' }, []]) expect(highlightsInAnswer(raw)).toEqual([]);
  });
});
