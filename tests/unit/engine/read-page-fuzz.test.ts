import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withPolicyVerdict } from '../../../src/engine/detect/policy.ts';
import { readPage } from '../../../src/engine/extract/read-page.ts';
import { docOf } from './page-fixtures.ts';

const SEED_PAGE = readFileSync(new URL('../../fixtures/site/eu-taliban-brussels.html', import.meta.url), 'utf8');
const TAGS = ['div', 'p', 'article', 'blockquote', 'h2', 'li', 'ul', 'figure', 'figcaption', 'script', 'table', 'td', 'a', 'span', 'pre', 'nav', 'br'];
const SNIPPETS = ['“', '”', '«', '»', '„', '"', '&nbsp;', '&#x0;', '\u00AD', '\u200B', '<!--', '-->', '<', '>', '</', '/>', 'said', '\n', '\t', '😀'];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** Cut, duplicate and splice the demo page, and sprinkle tags and marks into it. */
function mutate(page: string, rand: () => number): string {
  let html = page;
  const edits = 1 + Math.floor(rand() * 12);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * html.length);
    const roll = rand();
    if (roll < 0.3) html = html.slice(0, at) + pick(SNIPPETS, rand) + html.slice(at);
    else if (roll < 0.55) {
      const tag = pick(TAGS, rand);
      html = `${html.slice(0, at)}<${tag}>${html.slice(at)}`;
    } else if (roll < 0.75) html = html.slice(0, at) + html.slice(at + Math.floor(rand() * 2000));
    else if (roll < 0.9) html = html.slice(0, at) + html.slice(Math.floor(rand() * html.length)).slice(0, 3000) + html.slice(at);
    else html = html.slice(0, at);
  }
  return html;
}

function randomDocument(rand: () => number): string {
  const parts: string[] = [];
  const n = Math.floor(rand() * 200);
  for (let i = 0; i < n; i++) {
    const roll = rand();
    if (roll < 0.4) parts.push(`<${pick(TAGS, rand)}>`);
    else if (roll < 0.6) parts.push(`</${pick(TAGS, rand)}>`);
    else if (roll < 0.8) parts.push(pick(SNIPPETS, rand));
    else parts.push('The minister said the plan would fail. '.repeat(1 + Math.floor(rand() * 5)));
  }
  return parts.join('');
}

describe('readPage on random and mutated pages', () => {
  it('answers every page without an internal error, in bounded time', () => {
    const rand = random(20_260_612);
    let slowest = 0;
    for (let i = 0; i < 150; i++) {
      const html = i % 3 === 0 ? randomDocument(rand) : mutate(SEED_PAGE, rand);
      const doc = docOf(html);
      const start = performance.now();
      const reading = withPolicyVerdict(readPage(doc, doc.URL));
      slowest = Math.max(slowest, performance.now() - start);
      expect(typeof reading.article.isArticle).toBe('boolean');
      // readPage never throws; this checks that nothing inside it threw either.
      expect(reading.article.reasons.join()).not.toMatch(/could not be read/);
      if (reading.text) {
        for (const block of reading.text.blocks) expect(block.text).not.toMatch(/\n/);
      }
    }
    expect(slowest).toBeLessThan(2_000);
  }, 120_000);
});
