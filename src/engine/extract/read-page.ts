import { isProbablyReaderable } from '@mozilla/readability';
import { articleVerdict, quickArticleVerdict } from '../detect/article.ts';
import { articleLanguage } from '../detect/language.ts';
import { readHeadInfo } from '../detect/head-info.ts';
import { readPageFacts } from '../detect/page-signals.ts';
import type { ArticleVerdict, PageReading } from '../types.ts';
import { extractArticle } from './extract-article.ts';
import { readPageMeta } from './page-meta.ts';

/**
 * Everything the content script does on a page: cheap signals first, a bail
 * out for pages that are clearly not articles, then Readability on a clone.
 * The policy verdict is left to `withPolicyVerdict`, outside the page. Never
 * throws: a page that cannot be read is "not an article".
 */
export function readPage(doc: Document, url: string): PageReading {
  try {
    return readPageUnsafe(doc, url);
  } catch (error) {
    return notArticle(url, `page could not be read (${error instanceof Error ? error.name : 'error'})`);
  }
}

function readPageUnsafe(doc: Document, url: string): PageReading {
  if (!doc?.documentElement) return notArticle(url, 'empty document');
  const head = readHeadInfo(doc);
  const meta = readPageMeta(doc, url, head);
  const { canonicalUrl, siteName, lang } = meta;
  const base = { url, canonicalUrl, title: meta.ogTitle ?? meta.documentTitle, siteName, lang };
  if (!doc.body) return { ...base, ...notArticleParts('no page body') };

  const facts = readPageFacts(doc, head);
  const quick = quickArticleVerdict(facts, meta.canonicalUrl, () => doc.body?.textContent?.length ?? 0);
  if (quick) return { ...base, article: quick, policy: null, text: null };

  facts.readerable = isProbablyReaderable(doc);
  const extraction = extractArticle(doc);
  const article = articleVerdict(facts, extraction, meta.canonicalUrl);
  if (!extraction || !article.isArticle) return { ...base, article, policy: null, text: null };

  // The headline as shared (og:title), else as Readability finds it, else <title> without the site's name.
  const title = meta.ogTitle ?? extraction.readabilityTitle ?? meta.documentTitle;
  const text = extraction.article;
  text.title = title;
  text.siteName = meta.siteName ?? extraction.readabilitySiteName;
  text.lang = articleLanguage(meta.lang, text.text);
  text.publishedTime = meta.publishedTime ?? text.publishedTime;
  return {
    ...base,
    title,
    siteName: text.siteName,
    lang: text.lang,
    article,
    policy: null,
    text,
  };
}

function notArticleParts(reason: string): { article: ArticleVerdict; policy: null; text: null } {
  return { article: { isArticle: false, confidence: 0.9, reasons: [reason] }, policy: null, text: null };
}

function notArticle(url: string, reason: string): PageReading {
  return { url, canonicalUrl: url, title: '', siteName: null, lang: null, ...notArticleParts(reason) };
}
