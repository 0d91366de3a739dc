/** The copy of a page's beginning that the content script reads when the page is over its budget. */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import { BEGINNING_BUDGET, pageBeginning, READ_BUDGET, readWithinBudget } from '../../../src/content/page-budget.ts';

beforeAll(() => {
  // The content script runs in a page, where these are globals.
  const { window } = new JSDOM('');
  Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter });
});

function documentOf(html: string): Document {
  return new JSDOM(html).window.document;
}

// Building pages of 100,000 characters in jsdom takes seconds on a busy machine: a runaway guard, not a speed bound.
const HEAVY = { timeout: 60_000 };

describe('pageBeginning', HEAVY, () => {
  test('keeps the head, the root’s attributes and the text in order, without scripts or styles', () => {
    const doc = documentOf(
      '<html lang="ar" dir="rtl"><head><title>T</title><link rel="canonical" href="https://news.example/a"></head>' +
        '<body><article><h1>Head</h1><script>var x = "not text";</script><p>One <b>two</b></p><style>p{}</style><p>three</p></article></body></html>',
    );
    const copy = pageBeginning(doc);
    expect(copy.documentElement.getAttribute('dir')).toBe('rtl');
    expect(copy.title).toBe('T');
    expect(copy.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://news.example/a');
    expect(copy.body.textContent).toBe('HeadOne twothree');
    expect(copy.querySelector('script, style')).toBeNull();
  });

  test('stops at the element budget and at the character budget', () => {
    const many = documentOf(`<body>${'<p>x</p>'.repeat(READ_BUDGET.elements * 2)}</body>`);
    expect(pageBeginning(many).body.getElementsByTagName('*').length).toBe(BEGINNING_BUDGET.elements);
    const long = documentOf(`<body>${`<p>${'y'.repeat(1_000)}</p>`.repeat(READ_BUDGET.chars / 500)}</body>`);
    const copied = pageBeginning(long).body.textContent!.length;
    expect(copied).toBeLessThanOrEqual(BEGINNING_BUDGET.chars);
    expect(copied).toBeGreaterThan(BEGINNING_BUDGET.chars - 1_000);
  });

  test('a giant text node is cut, not allowed to use up the budget before the article', () => {
    const doc = documentOf(`<body><header>Gazette ${'N'.repeat(100_000)}</header><article><p>The article itself.</p></article></body>`);
    expect(pageBeginning(doc).querySelector('article')?.textContent).toBe('The article itself.');
  });
});

/** A large but real-sized news page: long navigation and footer, inline scripts, comments, a long article. */
function bigRealPage(): string {
  const links = Array.from({ length: 600 }, (_, i) => `<li><a href="/s/${i}">Section link ${i}</a></li>`).join('');
  const paragraphs = Array.from({ length: 150 }, (_, i) => `<p>The council debated the housing budget again on day ${i}, and the finance committee said the plan would reach families on the waiting list next year.</p>`).join('');
  const comments = Array.from({ length: 300 }, (_, i) => `<div class="comment"><span>Reader ${i}</span><p>Comment ${i}</p></div>`).join('');
  const script = `<script>window.__data = ${JSON.stringify('x'.repeat(150_000))};</script>`;
  return `<html lang="en"><head><title>Council housing budget</title></head><body><nav><ul>${links}</ul></nav>${script}<article><h1>Council housing budget</h1>${paragraphs}</article><section>${comments}</section><footer><ul>${links}</ul></footer></body></html>`;
}

describe('readWithinBudget', HEAVY, () => {
  test('reads a large real-sized article whole (thousands of elements, scripts, comments)', async () => {
    const doc = documentOf(bigRealPage());
    expect(doc.body.getElementsByTagName('*').length).toBeGreaterThan(3_000);
    const reading = await readWithinBudget(doc, 'https://news.example/2026/06/housing-budget');
    expect(reading.text?.truncated).toBe(false);
    expect(reading.text?.text).toContain('on day 149,');
  });

  test('reads only the beginning of a page far beyond real articles, and says so', async () => {
    const paragraphs = Array.from({ length: 6_000 }, (_, i) => `<p>On day ${i} the council debated the housing budget again, and the committee said the plan would reach families next year.</p>`);
    const doc = documentOf(`<html><head><title>Record</title></head><body><article><h1>Record</h1>${paragraphs.join('')}</article></body></html>`);
    const reading = await readWithinBudget(doc, 'https://news.example/2026/06/record');
    expect(reading.text?.truncated).toBe(true);
    expect(reading.text?.text).not.toContain('On day 5999 ');
  });

  test('deep nesting counts against the budget, and the copy leaves out what lies too deep', async () => {
    const doc = documentOf(`<html><body><article><h1>Deep</h1><p>${'The council said the plan would pass. '.repeat(20)}</p></article></body></html>`);
    let node: Element = doc.querySelector('article')!;
    for (let i = 0; i < 1_000; i++) node = node.appendChild(doc.createElement('span'));
    node.textContent = 'deep text';
    const copy = pageBeginning(doc);
    let depth = 0;
    for (let n: Element | null = copy.querySelector('article'); n; n = n.querySelector(':scope > span')) depth++;
    expect(depth).toBeLessThanOrEqual(READ_BUDGET.depth);
    const reading = await readWithinBudget(doc, 'https://news.example/2026/06/deep');
    expect(reading.text?.truncated ?? true).toBe(true);
  });
});

