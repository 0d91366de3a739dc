import type { PageReading } from '../types.ts';

/**
 * Everything the content script does on a page: cheap signals first, a bail
 * out for pages that are clearly not articles, then Readability on a clone and
 * the policy verdict. Never throws: a page that cannot be read is "not an article".
 */
export function readPage(doc: Document, url: string): PageReading {
  void doc;
  return {
    url,
    canonicalUrl: url,
    title: '',
    siteName: null,
    lang: null,
    article: { isArticle: false, confidence: 0, reasons: ['not implemented'] },
    policy: null,
    text: null,
  };
}
