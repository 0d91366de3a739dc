import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isFrontPageUrl, isListingOrInfoUrl } from '../../../src/engine/detect/article.ts';
import { readPage } from '../../../src/engine/extract/read-page.ts';
import { docOf, newsPage, prose } from './page-fixtures.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/site/${name}`, import.meta.url), 'utf8');

describe('article verdict', () => {
  it('says the committed home page is not an article, before running Readability', () => {
    const url = 'https://ledger.example.eu/';
    const reading = readPage(docOf(fixture('index.html'), url), url);
    expect(reading.article).toMatchObject({ isArticle: false, reasons: ['home page address'] });
    expect(reading.text).toBeNull();
  });

  it('says the committed demo story is an article', () => {
    const url = 'https://ledger.example.eu/world/europe/eu-taliban-brussels.html';
    const reading = readPage(docOf(fixture('eu-taliban-brussels.html'), url), url);
    expect(reading.article.isArticle).toBe(true);
    expect(reading.article.confidence).toBeGreaterThan(0.5);
  });

  it('tells a section front of teasers from a story, even when both say og:type article', () => {
    const teasers = Array.from(
      { length: 30 },
      (_, i) => `<li><h3><a href="/politics/story-${i}">Headline ${i}: what the new budget means for you</a></h3><p>A short teaser for story ${i}.</p></li>`,
    ).join('');
    const head = '<meta property="og:type" content="article">';
    const front = `<html><head>${head}</head><body><header><nav><a href="/">Home</a></nav></header><main><ul>${teasers}</ul><p>${prose('the news', 2)}</p></main></body></html>`;
    expect(readPage(docOf(front, 'https://news.example.org/politics/'), 'https://news.example.org/politics/').article.isArticle).toBe(false);

    const story = newsPage({ title: 'Budget passes', paragraphs: [prose('the budget'), prose('taxes'), prose('spending'), prose('the deficit')], head });
    expect(readPage(docOf(story), 'https://news.example.org/politics/2026/budget-passes').article.isArticle).toBe(true);
  });

  it('says a near-empty page is not an article', () => {
    const html = newsPage({ title: 'Open thread', paragraphs: ['Use this thread to ask us anything.'] });
    expect(readPage(docOf(html), 'https://blog.example.org/2026/06/open-thread').article.isArticle).toBe(false);
  });

  it('gives a story set in <div>s among many links the full look instead of bailing out', () => {
    const nav = Array.from({ length: 60 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ');
    const story = [prose('the port'), prose('dock workers'), prose('shipping'), prose('customs')].map((t) => `<div class="text">${t}</div>`).join('');
    const html = `<html><head><title>Port strike enters second week</title></head><body><div class="menu">${nav}</div><div class="story"><h1>Port strike enters second week</h1>${story}</div></body></html>`;
    const reading = readPage(docOf(html), 'https://news.example.org/2026/06/port-strike-enters-second-week');
    expect(reading.article.isArticle).toBe(true);
  });

  it('recognises home and section addresses', () => {
    expect(isFrontPageUrl('https://news.example.org/')).toBe(true);
    expect(isFrontPageUrl('https://news.example.org/es/')).toBe(true);
    expect(isFrontPageUrl('https://news.example.org/politics')).toBe(true);
    expect(isFrontPageUrl('https://news.example.org/politics/2026/06/budget-passes')).toBe(false);
    expect(isFrontPageUrl('https://news.example.org/budget-passes-after-all-night-session')).toBe(false);
    expect(isFrontPageUrl('file:///home/me/page.html')).toBe(false);
  });
});

describe('listing and information addresses', () => {
  it('recognises tag, search and about pages but not stories under such paths', () => {
    expect(isListingOrInfoUrl('https://news.example.org/tag/elections')).toBe(true);
    expect(isListingOrInfoUrl('https://news.example.org/search/')).toBe(true);
    expect(isListingOrInfoUrl('https://kanzlei.example.de/impressum')).toBe(true);
    expect(isListingOrInfoUrl('https://news.example.org/category/politics/senate-passes-the-budget-bill')).toBe(false);
    expect(isListingOrInfoUrl('https://news.example.org/politics/2026/06/budget-passes')).toBe(false);
  });
});
