/**
 * The analysis is total: no text and no page makes it throw. Random texts draw
 * their words from the engine's own word lists in all five languages (the
 * words its rules react to: conjunctions, particles, titles, capitalised
 * function words, reporting verbs, source prepositions) with every kind of
 * quote mark, dash and colon, and empty blocks; then, when the corpus is
 * present, its real pages mutated (nodes removed, texts cut at random points).
 * Seeded, so a failure names a reproducible case.
 */
import { existsSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { listCorpus, DEFAULT_CORPUS } from '../../../src/cli/corpus.ts';
import { decodeHtml } from '../../../src/cli/decode-html.ts';
import { analyzeDocument, analyzeReading } from '../../../src/engine/analyze.ts';
import { readPage } from '../../../src/engine/extract/read-page.ts';
import { reportingFor } from '../../../src/engine/lang/reporting.ts';
import { BODIES_BY_LANGUAGE } from '../../../src/engine/lang/bodies.ts';
import { closedClassFor } from '../../../src/engine/lang/closed-class.ts';
import { actorWordsFor, NAME_PARTICLES } from '../../../src/engine/actors/vocabulary.ts';
import { MARK_CHARS } from '../../../src/engine/quotes/marks.ts';
import { PACK_CODES } from '../../../src/engine/lang/index.ts';
import { articleFromBlocks } from '../../../src/engine/text/article-from-text.ts';
import type { ArticleText, BlockKind, PageReading } from '../../../src/engine/types.ts';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pickFrom<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)] as T;
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

const ENGINE_WORDS = [
  ...NAME_PARTICLES,
  ...PACK_CODES.flatMap((code) => {
    const v = actorWordsFor(code);
    const r = reportingFor(code);
    return [
      ...closedClassFor(code).coordinators,
      ...v.orgConnectors,
      ...v.groupNouns,
      ...v.spokespersons,
      ...v.maleTitles,
      ...v.femaleTitles,
      ...closedClassFor(code).all,
      ...BODIES_BY_LANGUAGE[code].heads.split(/\s+/).filter(Boolean),
      ...r.verbs,
      ...r.sourcePrepositions,
      ...r.fillers,
    ];
  }),
  'according', 'to', 'in', 'the', 'words', 'of', "d'après", 'de', 'acuerdo', 'con', 'acordo', 'com',
  'he', 'she', 'they', 'il', 'elle', 'er', 'sie', 'él', 'ella', 'ele', 'ela',
];
/** Made-up names, so no real person's name enters a test. */
const NAMES = ['Varnel', 'Ostrik', 'Quenby', 'Talvo', 'Mirela', 'Dorran', 'Ilse', 'Akon', 'Brevik-Sol', "O'Tannel", 'X', 'A.'];
const PUNCTUATION = [...MARK_CHARS, '—', '–', '-', ':', ';', ',', '.', '?', '!', '…', '(', ')', '(@', '\u00a0', '\u200b', '\u00ad'];
const KINDS: BlockKind[] = ['paragraph', 'paragraph', 'paragraph', 'blockquote', 'heading', 'list-item', 'caption', 'preformatted'];

function randomToken(rand: () => number): string {
  const r = rand();
  if (r < 0.3) return pickFrom(PUNCTUATION, rand);
  if (r < 0.5) return pickFrom(NAMES, rand);
  const word = pickFrom(ENGINE_WORDS, rand);
  return rand() < 0.4 ? capitalise(word) : word;
}

function randomBlockText(rand: () => number): string {
  const n = rand() < 0.1 ? 0 : Math.floor(rand() * 60);
  const tokens = Array.from({ length: n }, () => randomToken(rand));
  return tokens.join(rand() < 0.8 ? ' ' : '');
}

function readingOf(text: ArticleText, isPolicy: boolean): PageReading {
  return {
    url: 'https://news.example/story',
    canonicalUrl: 'https://news.example/story',
    title: text.title,
    siteName: null,
    lang: text.lang,
    article: { isArticle: true, confidence: 1, reasons: [] },
    policy: { isPolicy, topic: isPolicy ? 'Government Operations' : null, confidence: 1, signals: [] },
    text,
  };
}

function expectTotal(reading: PageReading, label: string): void {
  let analysis;
  try {
    analysis = analyzeReading(reading);
  } catch (error) {
    throw new Error(`${label}: threw ${String(error)}`);
  }
  expect(analysis.failedStages, label).toBeUndefined();
}

describe('the analysis is total', () => {
  it('a capitalised word then a conjunction at the end of a block, in every language', () => {
    for (const [lang, text] of [['en', 'They met Varnel and'], ['de', 'Sie trafen Varnel und'], ['fr', 'Ils ont vu Varnel et'], ['es', 'Vieron a Varnel y'], ['pt', 'Viram Varnel e']] as const) {
      expectTotal(readingOf(articleFromBlocks([{ kind: 'paragraph', text }], { lang }), true), text);
    }
  });

  it('answers 800 texts of engine words, names, marks and empty blocks in all five languages', () => {
    const rand = random(20_261_205);
    for (let i = 0; i < 800; i++) {
      const blocks = Array.from({ length: 1 + Math.floor(rand() * 10) }, () => ({ kind: pickFrom(KINDS, rand), text: randomBlockText(rand) }));
      const lang = PACK_CODES[i % PACK_CODES.length] ?? 'en';
      const text = articleFromBlocks(blocks, { title: randomBlockText(rand).slice(0, 100), lang });
      expectTotal(readingOf(text, rand() < 0.8), `random text #${i} (${lang})`);
    }
  }, 120_000);

  it.runIf(existsSync(DEFAULT_CORPUS))('answers the corpus pages with nodes removed and texts cut at random points', () => {
    const pages = listCorpus(DEFAULT_CORPUS);
    const rand = random(76);
    // Every fourth page, every twelfth for node removal: variety enough, a short run.
    pages.forEach((page, i) => {
      if (i % 4 !== 0) return;
      const dom = new JSDOM(decodeHtml(readFileSync(page.htmlPath)).replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ''), {
        url: 'https://news.example/page',
        virtualConsole: new VirtualConsole(),
      });
      const doc = dom.window.document;
      const text = readPage(doc, 'https://news.example/page').text;
      // Blocks dropped, and blocks cut mid-word, mid-quote, mid-name.
      if (text) {
        const blocks = text.blocks
          .filter(() => rand() > 0.2)
          .map((b) => ({ kind: b.kind, text: rand() < 0.3 ? b.text.slice(0, Math.floor(rand() * (b.text.length + 1))) : b.text }));
        expectTotal(readingOf(articleFromBlocks(blocks, { title: text.title, lang: text.lang }), true), `${page.id} text cut`);
      }
      if (i % 12 === 0) {
        // A fifth of the body's elements removed.
        for (const el of [...(doc.body?.querySelectorAll('*') ?? [])]) if (rand() < 0.2) el.remove();
        expect(analyzeDocument(doc, 'https://news.example/page').failedStages, `${page.id} node removal`).toBeUndefined();
      }
      dom.window.close();
    });
  }, 900_000);
});
