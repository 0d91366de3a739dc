/**
 * The corpus read once for cross-validation: each page parsed and read by the
 * engine, and what every stage's trainer learns from extracted from that one
 * reading (detect features, issue candidates, speaker candidates). Folds and
 * ablations then fit many times without parsing a page again.
 */
import { readPage } from '../../engine/extract/read-page.ts';
import type { PageReading } from '../../engine/types.ts';
import type { CorpusPage } from '../corpus.ts';
import { loadHtmlFile } from '../load-page.ts';
import { type DetectPage, detectPageOf, loadHeadlines } from '../train/detect-data.ts';
import { type DetectExamples, detectExamples } from '../train/detect-fit.ts';
import { type IssuePage, issuePages } from '../train/issue.ts';
import { labelSpeakerPage, type SpeakerPage } from '../train/speaker.ts';

export interface CachedPage {
  page: CorpusPage;
  /** The engine's reading of the page, before any fitted verdict (no policy yet). */
  reading: PageReading;
}

export interface CachedCorpus {
  pages: CachedPage[];
  /** Topic and policy examples: the headlines and every page's word features. */
  detect: DetectExamples;
  /** Policy pages with a gold issue and their candidate phrases. */
  issue: IssuePage[];
  /** Every page's quotes with their speaker candidates, labelled by the gold. */
  speaker: SpeakerPage[];
}

/** Parse and read every page once: the slow part. */
export async function readPages(corpus: readonly CorpusPage[], onPage?: (id: string) => void): Promise<CachedPage[]> {
  const pages: CachedPage[] = [];
  for (const page of corpus) {
    onPage?.(page.id);
    const loaded = await loadHtmlFile(page.htmlPath);
    try {
      pages.push({ page, reading: readPage(loaded.doc, loaded.url) });
    } finally {
      loaded.close();
    }
  }
  return pages;
}

/** What every stage's trainer learns from, extracted from the pages' readings (and the CAP headlines). */
export function withTrainingData(pages: CachedPage[]): CachedCorpus {
  const detectPages: DetectPage[] = pages.map((p) => detectPageOf(p.page, p.reading));
  return {
    pages,
    detect: detectExamples(detectPages, loadHeadlines()),
    issue: issuePages(detectPages),
    speaker: pages.map((p) => labelSpeakerPage(p.page, p.reading.article.isArticle ? p.reading.text : null)),
  };
}
