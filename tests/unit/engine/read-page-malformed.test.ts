import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/engine/analyze.ts';
import { readPage } from '../../../src/engine/extract/read-page.ts';
import { docOf, newsPage, prose } from './page-fixtures.ts';

const URL = 'https://news.example.org/2026/06/story';

/** readPage must answer, not throw, and quickly enough for a content script to give up gracefully. */
function readTimed(doc: Document) {
  const start = performance.now();
  const reading = readPage(doc, URL);
  return { reading, ms: performance.now() - start };
}

describe('readPage on malformed input', () => {
  it('says an empty page is not an article', () => {
    const { reading } = readTimed(docOf(''));
    expect(reading.article.isArticle).toBe(false);
    expect(reading.article.reasons.length).toBeGreaterThan(0);
    expect(reading.text).toBeNull();
  });

  it('handles a document without a body', () => {
    const doc = new JSDOM('<!doctype html><title>t</title>').window.document;
    doc.body?.remove();
    const { reading } = readTimed(doc);
    expect(reading.article).toMatchObject({ isArticle: false, reasons: ['no page body'] });
  });

  it('handles a document with no root element at all', () => {
    const doc = new JSDOM('').window.document;
    doc.documentElement.remove();
    expect(readTimed(doc).reading.article).toMatchObject({ isArticle: false, reasons: ['empty document'] });
  });

  it('handles binary junk', () => {
    let junk = '';
    let seed = 7;
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      junk += String.fromCharCode(seed % 256);
    }
    const { reading } = readTimed(docOf(junk));
    expect(reading.article.isArticle).toBe(false);
  });

  it('handles 5000 nested divs without overflowing the stack', () => {
    // jsdom takes seconds to parse this (its cost, not the engine's: readPage is timed on its own).
    const html = `<html><body>${'<div>'.repeat(5000)}<p>${prose('deep nesting')}</p>${'</div>'.repeat(5000)}</body></html>`;
    const { reading, ms } = readTimed(docOf(html));
    expect(typeof reading.article.isArticle).toBe('boolean');
    expect(reading.article.reasons.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(5_000);
  }, 60_000);

  it('reads a 5 MB page within its budget and marks it truncated', () => {
    const paragraphs = Array.from({ length: 11_000 }, (_, i) => prose(`issue ${i}`, 4));
    const html = newsPage({ title: 'A very long page', paragraphs });
    expect(html.length).toBeGreaterThan(5_000_000);
    const { reading, ms } = readTimed(docOf(html));
    expect(reading.article.isArticle).toBe(true);
    expect(reading.text?.truncated).toBe(true);
    expect(reading.text?.text.length).toBeLessThanOrEqual(300_000 + 2 * (reading.text?.blocks.length ?? 0));
    expect(ms).toBeLessThan(20_000);
  }, 60_000);

  it('runs the full pipeline on junk without throwing', () => {
    expect(() => analyzeDocument(docOf('<p>“unclosed <b><i>quote</p></div></span>'), URL)).not.toThrow();
  });
});
