import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../src/engine/detect/json-ld.ts';
import { readPage } from '../../../src/engine/extract/read-page.ts';
import { docOf, newsPage, prose } from './page-fixtures.ts';

const URL = 'https://news.example.org/world/2026/06/story-slug';

function ldScript(node: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(node)}</script>`;
}

/** A long body the page's metadata carries: five paragraphs, one per line. */
const FULL_BODY = ['harbour fees', 'ferry routes', 'the new toll', 'dock wages', 'the port budget'].map((s) => prose(s, 3)).join('\n');

describe('the JSON-LD body of a page whose script fills in the text', () => {
  it('reads the articleBody when the visible page shows less than half of it', () => {
    const html = newsPage({
      title: 'Port council weighs new harbour fees',
      paragraphs: [prose('harbour fees', 3), prose('ferry routes', 2)],
      head: ldScript({ '@type': 'NewsArticle', headline: 'Port council weighs new harbour fees', articleBody: FULL_BODY }),
    });
    const reading = readPage(docOf(html, URL), URL);
    expect(reading.text?.blocks.length).toBe(5);
    expect(reading.text?.text).toContain('the port budget');
  });

  it('keeps the page text when it already holds the article', () => {
    const paragraphs = ['harbour fees', 'ferry routes', 'the new toll', 'dock wages'].map((s) => prose(s, 3));
    const html = newsPage({
      title: 'Port council weighs new harbour fees',
      paragraphs,
      head: ldScript({ '@graph': [{ '@type': 'NewsArticle', articleBody: FULL_BODY }] }),
    });
    const reading = readPage(docOf(html, URL), URL);
    expect(reading.text?.text).not.toContain('the port budget');
    expect(reading.text?.blocks.length).toBe(4);
  });

  it('reads the body as text: markup in it is dropped, never parsed', () => {
    const html = newsPage({
      title: 'Port council weighs new harbour fees',
      paragraphs: [prose('harbour fees', 3), prose('ferry routes', 2)],
      head: ldScript({ '@type': 'NewsArticle', articleBody: `<p>Dock <b>wages</b> rose.</p><img src=x onerror=alert(1)>\n${FULL_BODY}` }),
    });
    const text = readPage(docOf(html, URL), URL).text?.text ?? '';
    expect(text).toContain('Dock wages rose.');
    expect(text).not.toContain('<');
  });

  it('collects types from arrays and graphs, and ignores malformed blocks', () => {
    const doc = docOf(
      `<html><head>${ldScript([{ '@type': ['NewsArticle', 'http://schema.org/Report'] }])}<script type="application/ld+json">{ not json</script>${ldScript({ '@graph': [{ '@type': 'WebPage' }] })}</head></html>`,
    );
    expect(readJsonLd(doc)).toEqual({ types: ['NewsArticle', 'Report', 'WebPage'], articleBody: null });
  });
});
