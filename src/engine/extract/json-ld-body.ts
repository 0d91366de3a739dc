import { articleFromText } from '../text/article-from-text.ts';
import { tokenize } from '../text/tokens.ts';
import type { ArticleText } from '../types.ts';
import { MAX_ARTICLE_CHARS } from './extract-article.ts';

/** Below this share of the JSON-LD body's words, the visible page lacks most of its article. */
const VISIBLE_SHARE = 0.5;

/**
 * The article's text: what Readability found on the page, unless the page's
 * JSON-LD `articleBody` holds at least twice as many words, as on pages whose
 * body a script fills in after load. The body is read as text (any markup in
 * it is dropped, never parsed), one paragraph per line.
 */
export function fullestText(extracted: ArticleText, body: string | null): ArticleText {
  if (!body) return extracted;
  const text = body.slice(0, MAX_ARTICLE_CHARS).replace(/<[^>]*>/g, ' ');
  if (tokenize(extracted.text).length >= VISIBLE_SHARE * tokenize(text).length) return extracted;
  return articleFromText(text, {
    byline: extracted.byline,
    publishedTime: extracted.publishedTime,
    truncated: extracted.truncated || body.length > MAX_ARTICLE_CHARS,
  });
}
