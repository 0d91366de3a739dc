/** The copy of a page's beginning that the content script reads when the page is over its budget. */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageBeginning, READ_BUDGET } from '../../../src/content/page-budget.ts';

beforeAll(() => {
  // The content script runs in a page, where these are globals.
  const { window } = new JSDOM('');
  Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter });
});

function documentOf(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('pageBeginning', () => {
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
    const many = documentOf(`<body>${'<p>x</p>'.repeat(READ_BUDGET.elements * 3)}</body>`);
    expect(pageBeginning(many).body.getElementsByTagName('*').length).toBe(READ_BUDGET.elements);
    const long = documentOf(`<body>${`<p>${'y'.repeat(1_000)}</p>`.repeat(200)}</body>`);
    expect(pageBeginning(long).body.textContent!.length).toBeLessThanOrEqual(READ_BUDGET.chars);
  });

  test('a giant text node is cut, not allowed to use up the budget before the article', () => {
    const doc = documentOf(`<body><header>Gazette ${'N'.repeat(100_000)}</header><article><p>The article itself.</p></article></body>`);
    expect(pageBeginning(doc).querySelector('article')?.textContent).toBe('The article itself.');
  });
});
