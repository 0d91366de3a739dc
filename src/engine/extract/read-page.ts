import { isProbablyReaderable } from '@mozilla/readability';
import { articleVerdict } from '../detect/article.ts';
import { articleLanguage } from '../detect/language.ts';
import type { PageReading } from '../types.ts';
import { extractArticle } from './extract-article.ts';
import { firstLook, notArticle } from './first-look.ts';
import { fullestText } from './json-ld-body.ts';

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
  const look = firstLook(doc, url);
  if ('reading' in look) return look.reading;
  const { base, meta, facts, jsonLdBody } = look;
  facts.readerable = isProbablyReaderable(doc);
  const extraction = extractArticle(doc);
  const article = articleVerdict(facts, extraction, meta.canonicalUrl);
  if (!extraction || !article.isArticle) return { ...base, article, policy: null, text: null };

  // The headline as shared (og:title), else as Readability finds it, else <title> without the site's name.
  const title = meta.ogTitle ?? extraction.readabilityTitle ?? meta.documentTitle;
  const text = fullestText(extraction.article, jsonLdBody);
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
