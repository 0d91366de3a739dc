/**
 * The first, cheap part of reading a page: its head, its address and a few
 * capped counts, enough to tell a page that is clearly not an article
 * without running Readability. The content script takes this look on every
 * page the reader opens, before it evaluates anything else, so this module
 * imports nothing heavy.
 */
import { quickArticleVerdict } from '../detect/article.ts';
import { readHeadInfo } from '../detect/head-info.ts';
import { readJsonLd } from '../detect/json-ld.ts';
import { readPageFacts } from '../detect/page-signals.ts';
import type { PageFacts } from '../detect/page-signals.ts';
import type { ArticleVerdict, PageReading } from '../types.ts';
import { readPageMeta } from './page-meta.ts';
import type { PageMeta } from './page-meta.ts';

/** What every reading says about the page, article or not. */
export type ReadingBase = Pick<PageReading, 'url' | 'canonicalUrl' | 'title' | 'siteName' | 'lang'>;

export type FirstLook =
  /** The page is read: it is clearly not an article. */
  | { reading: PageReading }
  /** The page deserves a full look, which starts from these. */
  | { base: ReadingBase; meta: PageMeta; facts: PageFacts; jsonLdBody: string | null };

/** May throw on a malformed document: `readPage` and `quickReading` catch. */
export function firstLook(doc: Document, url: string): FirstLook {
  if (!doc?.documentElement) return { reading: notArticle(url, 'empty document') };
  const head = readHeadInfo(doc);
  const meta = readPageMeta(doc, url, head);
  const base = { url, canonicalUrl: meta.canonicalUrl, title: meta.ogTitle ?? meta.documentTitle, siteName: meta.siteName, lang: meta.lang };
  if (!doc.body) return { reading: { ...base, ...notArticleParts('no page body') } };
  const jsonLd = readJsonLd(doc);
  const facts = readPageFacts(doc, head, jsonLd);
  const quick = quickArticleVerdict(facts, meta.canonicalUrl, () => doc.body?.textContent?.length ?? 0);
  if (quick) return { reading: { ...base, article: quick, policy: null, text: null } };
  return { base, meta, facts, jsonLdBody: jsonLd.articleBody };
}

/** The reading of a page that is clearly not an article; null when it may be one (or could not be looked at). */
export function quickReading(doc: Document, url: string): PageReading | null {
  try {
    const look = firstLook(doc, url);
    return 'reading' in look ? look.reading : null;
  } catch {
    return null;
  }
}

export function notArticleParts(reason: string): { article: ArticleVerdict; policy: null; text: null } {
  return { article: { isArticle: false, confidence: 0.9, reasons: [reason] }, policy: null, text: null };
}

export function notArticle(url: string, reason: string): PageReading {
  return { url, canonicalUrl: url, title: '', siteName: null, lang: null, ...notArticleParts(reason) };
}
