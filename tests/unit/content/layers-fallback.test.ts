// @vitest-environment jsdom
/**
 * Where the CSS Custom Highlight API is missing (jsdom has none), highlights
 * are drawn by wrapping text in <policy-lens-mark> and must be removed without
 * a trace.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { rangeOf, readPageText } from '../../../src/content/anchoring/page-text.ts';
import { clearLayer, drawLayer, MARK_ELEMENT } from '../../../src/content/highlights/layers.ts';
import { drawPassageSet } from '../../../src/content/highlights/passage-sets.ts';
import type { DrawnPassage } from '../../../src/shared/messages.ts';

const HTML = '<article><p id="a">The minister <b>said</b> the plan was   necessary.</p><p id="b">Critics disagreed strongly.</p></article>';

function rangeFor(text: string): Range {
  const page = readPageText(document.body);
  const start = page.text.indexOf(text.replace(/\s+/g, ''));
  return rangeOf(page, start, start + text.replace(/\s+/g, '').length)!;
}

afterEach(() => {
  clearLayer('policy-lens-test');
});

describe('fallback highlight marks', () => {
  test('wrap exactly the passage, across inline elements and paragraphs', () => {
    document.body.innerHTML = HTML;
    expect(typeof CSS === 'undefined' || !('highlights' in CSS)).toBe(true);
    drawLayer('policy-lens-test', [rangeFor('said the plan was necessary. Critics disagreed')]);
    const marks = [...document.querySelectorAll(MARK_ELEMENT)];
    expect(marks.map((m) => m.textContent).join('|')).toBe('said| the plan was   necessary.|Critics disagreed');
    expect(document.body.textContent).toBe('The minister said the plan was   necessary.Critics disagreed strongly.');
  });

  test('are removed cleanly, leaving the original markup', () => {
    document.body.innerHTML = HTML;
    const before = document.body.innerHTML;
    drawLayer('policy-lens-test', [rangeFor('minister said'), rangeFor('disagreed strongly')]);
    expect(document.querySelectorAll(MARK_ELEMENT).length).toBeGreaterThan(0);
    clearLayer('policy-lens-test');
    expect(document.querySelectorAll(MARK_ELEMENT).length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  test('redrawing a set replaces its marks rather than nesting them', () => {
    document.body.innerHTML = HTML;
    const passage: DrawnPassage = {
      id: 'q1',
      layer: 'opposes',
      quote: { type: 'TextQuoteSelector', exact: 'the plan', prefix: 'The minister said ', suffix: ' was' },
      label: '',
    };
    expect(drawPassageSet('analysis', [passage])).toEqual([]);
    expect(drawPassageSet('analysis', [passage])).toEqual([]);
    expect(document.querySelectorAll(`${MARK_ELEMENT} ${MARK_ELEMENT}`).length).toBe(0);
    expect([...document.querySelectorAll(MARK_ELEMENT)].map((m) => m.textContent)).toEqual(['the plan']);
    drawPassageSet('analysis', []);
    expect(document.querySelectorAll(MARK_ELEMENT).length).toBe(0);
  });
});
