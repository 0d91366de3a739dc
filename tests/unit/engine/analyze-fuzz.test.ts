/**
 * Thousands of random and mutated article texts through the whole analysis
 * (quotes, speakers, stakeholders, stance): no exception, consistent output,
 * bounded time for each. Texts are built directly so thousands stay fast;
 * whole HTML pages go through readPage in read-page-fuzz.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReading } from '../../../src/engine/analyze.ts';
import { articleFromBlocks } from '../../../src/engine/text/article-from-text.ts';
import type { BlockKind, PageReading } from '../../../src/engine/types.ts';
import { STANCES } from '../../../src/engine/types.ts';

const WORDS = [
  'the', 'minister', 'said', 'says', 'told', 'reporters', 'according', 'to', 'she', 'he', 'they', 'it', 'critics', 'activists',
  'oppose', 'support', 'does', 'not', 'reject', 'welcomed', 'condemned', 'bill', 'law', 'court', 'ruling', 'budget', 'migrants',
  'Commission', 'European', 'Prévot', 'Maxime', 'Dr.', 'Mr.', 'U.S.', 'Senate', 'Republicans', 'a', 'déclaré', 'selon', 'sagte',
  'dijo', 'disse', 'le', 'la', 'der', 'die', 'el', 'o', 'Ministerium', 'gouvernement', '(EC)', 'EC', 'but', 'however', 'spokesperson',
];
const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '»', '«', '‹', '›', '—', ',', '.', ':', ';', '?', '!', '\u00a0', '\u200b'];
const KINDS: BlockKind[] = ['paragraph', 'paragraph', 'paragraph', 'blockquote', 'heading', 'list-item', 'caption'];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function randomBlockText(rand: () => number): string {
  const tokens: string[] = [];
  const n = Math.floor(rand() * 80);
  for (let i = 0; i < n; i++) tokens.push(rand() < 0.25 ? pick(MARKS, rand) : pick(WORDS, rand));
  return tokens.join(rand() < 0.8 ? ' ' : '');
}

function randomReading(rand: () => number): PageReading {
  const blocks = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => ({ kind: pick(KINDS, rand), text: randomBlockText(rand) }));
  const text = articleFromBlocks(blocks, { title: randomBlockText(rand).slice(0, 120), lang: pick(['en', 'fr', 'de', 'es', 'pt', null], rand) });
  return {
    url: 'https://news.example/story',
    canonicalUrl: 'https://news.example/story',
    title: text.title,
    siteName: null,
    lang: text.lang,
    article: { isArticle: true, confidence: 1, reasons: [] },
    policy: { isPolicy: true, topic: 'Government Operations', confidence: 1, signals: [] },
    text,
  };
}

describe('analyzeReading on random article texts', () => {
  it('answers 3,000 texts consistently, each in bounded time', () => {
    const rand = random(1_234_567);
    let slowest = 0;
    for (let i = 0; i < 3_000; i++) {
      const reading = randomReading(rand);
      const start = performance.now();
      const analysis = analyzeReading(reading);
      slowest = Math.max(slowest, performance.now() - start);
      const text = reading.text!.text;
      for (const quote of analysis.quotes) {
        // Every quote is where its selectors say, and never empty.
        expect(quote.text.length).toBeGreaterThan(0);
        expect(text.slice(quote.position.start, quote.position.end)).toBe(quote.text);
        expect(quote.quote.exact).toBe(quote.text);
      }
      const ids = new Set(analysis.stakeholders.map((s) => s.id));
      for (const s of analysis.stakeholders) {
        expect(STANCES).toContain(s.stance);
        for (const e of s.evidence) expect(text.slice(e.position.start, e.position.end)).toBe(e.text);
      }
      for (const quote of analysis.quotes) if (quote.stakeholderId) expect(ids.has(quote.stakeholderId)).toBe(true);
    }
    // A guard against runaway (super-linear) texts, not a speed figure (`npm run bench` has those): a text takes
    // about 7 ms, and one passed 1 s only with both cores busy with a browser run beside the tests.
    expect(slowest).toBeLessThan(2_000);
  }, 300_000);
});
