/**
 * Training data of the detect stages (topic, policy, issue), read once and
 * kept in memory so cross-validation never parses a page twice: the corpus
 * pages as the content script reads them (title, language, blocks) with their
 * gold labels, and the CAP-coded New York Times headlines (Boydstun 2013).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPage } from '../../engine/extract/read-page.ts';
import type { ArticleText, Block, PageReading } from '../../engine/types.ts';
import { type CorpusPage, DEFAULT_CORPUS, PROJECT_ROOT, listCorpus } from '../corpus.ts';
import { loadHtmlFile } from '../load-page.ts';

export const HEADLINES_CSV = resolve(PROJECT_ROOT, '../shared/data/cap-nyt-headlines/headlines.csv');

/** A corpus page as the detect stages see it. */
export interface DetectPage {
  id: string;
  lang: string | null;
  title: string;
  blocks: Block[];
  /** The article's text as the engine reads it (null when the page has none): the issue stage reads its actors. */
  article: ArticleText | null;
  isArticle: boolean;
  gold: CorpusPage['gold'] & { issue?: string | null };
}

export interface Headline {
  /** CAP major topic code (1–23) or media code (24–99). */
  code: number;
  title: string;
}

/** Every corpus page read once (about a minute for the dev corpus). */
export async function loadDetectPages(dir = DEFAULT_CORPUS): Promise<DetectPage[]> {
  const out: DetectPage[] = [];
  for (const page of listCorpus(dir)) {
    const loaded = await loadHtmlFile(page.htmlPath);
    try {
      out.push(detectPageOf(page, readPage(loaded.doc, loaded.url)));
    } finally {
      loaded.close();
    }
  }
  return out;
}

/** A page as the detect stages see it, from the engine's reading of it. */
export function detectPageOf(page: CorpusPage, reading: PageReading): DetectPage {
  return {
    id: page.id,
    lang: reading.text?.lang ?? reading.lang,
    title: reading.title,
    blocks: reading.text?.blocks ?? [],
    article: reading.text,
    isArticle: reading.article.isArticle,
    gold: page.gold,
  };
}

/** The headlines CSV (`id,majortopic,date,title`, titles quoted when they hold commas). */
export function loadHeadlines(path = HEADLINES_CSV): Headline[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).slice(1);
  const out: Headline[] = [];
  for (const line of lines) {
    const match = /^\d+,(\d+),[^,]*,(.*)$/.exec(line);
    if (!match) continue;
    const title = match[2]?.replace(/^"(.*)"$/, '$1').replace(/""/g, '"') ?? '';
    if (title) out.push({ code: Number(match[1]), title });
  }
  return out;
}

/** CAP codes of the 21 policy topics, in `CAP_TOPICS` order. */
export const CAP_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23] as const;

/** Media codes that are mostly not policy: local government, weather, accidents, sports, deaths, religion, other. */
export const MEDIA_CODES = [24, 26, 27, 29, 30, 31, 99] as const;
