import { Readability } from '@mozilla/readability';
import { articleFromBlocks } from '../text/article-from-text.ts';
import type { ArticleText } from '../types.ts';
import { blocksFromContent, collapseSpace } from './blocks.ts';
import { readingCopy } from './reading-copy.ts';

/** Text budget: long enough for any news article, short enough to keep the page responsive on a 5 MB dump. */
export const MAX_ARTICLE_CHARS = 300_000;
/** Element budget of the copy Readability reads: a long news page has a few thousand. */
const MAX_ELEMENTS = 30_000;
/** Readability's own threshold (charThreshold) for accepting its first pass. */
const MIN_PRUNED_CHARS = 500;

export interface Extraction {
  article: ArticleText;
  /** Readability's own title (usually the headline without the site suffix). */
  readabilityTitle: string | null;
  readabilitySiteName: string | null;
  /** Share of the extracted text that is link text: high for teaser lists that Readability mistook for content. */
  linkDensity: number;
}

/**
 * Readability on a pruned copy of the page (it mutates the document it
 * reads; see reading-copy.ts), with a serializer that hands back the content
 * element itself so the text is walked once instead of being serialised to
 * HTML and parsed again. JSON-LD is off: the page's metadata is read from the
 * original. Classes are kept so the block walk can recognise captions. Null
 * when Readability finds no content.
 */
export function extractArticle(doc: Document): Extraction | null {
  const prunedCopy = readingCopy(doc, MAX_ELEMENTS, true);
  const pruned = parse(prunedCopy.doc, prunedCopy.truncated);
  if (pruned && pruned.article.text.length >= MIN_PRUNED_CHARS) return pruned;
  // Too little text from the pruned copy: let Readability look at everything, as its later passes would.
  const fullCopy = readingCopy(doc, MAX_ELEMENTS, false);
  return parse(fullCopy.doc, fullCopy.truncated) ?? pruned;
}

function parse(copy: Document, truncated: boolean): Extraction | null {
  const result = new Readability<Element>(copy, { serializer: (node) => node as Element, disableJSONLD: true, keepClasses: true }).parse();
  const content = result?.content;
  if (!result || !content) return null;
  const walk = blocksFromContent(content, MAX_ARTICLE_CHARS);
  const article = articleFromBlocks(walk.blocks, {
    byline: collapseSpace(result.byline ?? '') || null,
    publishedTime: result.publishedTime ?? null,
    truncated: walk.truncated || truncated,
  });
  return {
    article,
    readabilityTitle: collapseSpace(result.title ?? '') || null,
    readabilitySiteName: collapseSpace(result.siteName ?? '') || null,
    linkDensity: linkDensity(content, article.text.length),
  };
}

function linkDensity(content: Element, textChars: number): number {
  if (!textChars) return 0;
  let linkChars = 0;
  for (const link of content.getElementsByTagName('a')) linkChars += collapseSpace(link.textContent ?? '').length;
  return Math.min(1, linkChars / textChars);
}
