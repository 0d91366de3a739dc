import { describe, expect, it } from 'vitest';
import { readHeadInfo } from '../../../src/engine/detect/head-info.ts';
import { readPageFacts } from '../../../src/engine/detect/page-signals.ts';
import { docOf, newsPage, prose } from './page-fixtures.ts';

function factsOf(html: string) {
  const doc = docOf(html);
  return readPageFacts(doc, readHeadInfo(doc));
}

describe('page signals', () => {
  it('reads schema.org types from JSON-LD, including @graph arrays, and og:type', () => {
    const head = `<meta property="og:type" content="Article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["NewsArticle","Thing"],"author":{"@type":"Person"}}]}</script>`;
    const facts = factsOf(newsPage({ title: 'A story', paragraphs: [prose('the budget')], head }));
    expect(facts.schemaTypes).toEqual(expect.arrayContaining(['WebPage', 'NewsArticle', 'Thing']));
    // Nested values (the author) are not the page's type.
    expect(facts.schemaTypes).not.toContain('Person');
    expect(facts.ogType).toBe('article');
    expect(facts.hasArticleElement).toBe(true);
  });

  it('reads microdata itemtype and survives malformed JSON-LD', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle",</script></head>
<body itemscope itemtype="https://schema.org/BlogPosting"><p>${prose('a blog')}</p></body></html>`;
    expect(factsOf(html).schemaTypes).toEqual(['BlogPosting']);
  });

  it('measures paragraph text and link density', () => {
    const article = factsOf(newsPage({ title: 'A story', paragraphs: [prose('housing'), prose('rents'), prose('zoning')] }));
    expect(article.paragraphChars).toBeGreaterThan(1000);
    expect(article.substantialParagraphs).toBe(3);
    expect(article.linkDensity).toBeLessThan(0.3);

    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/s${i}">Headline number ${i} about the news of the day</a></li>`).join('');
    const front = factsOf(`<html><body><ul>${links}</ul><p>Short blurb.</p></body></html>`);
    expect(front.linkCount).toBe(60);
    expect(front.linkDensity).toBeGreaterThan(0.9);
  });
});
