import type { ArticleText } from '../types.ts';

/** A direct quotation found in the article text, before anyone is credited with it. */
export interface QuoteSpan {
  /** Offsets of the quoted words in `ArticleText.text`, without the quotation marks. */
  start: number;
  end: number;
  blockIndex: number;
}

/** Direct quotations in reading order. */
export function findQuoteSpans(article: ArticleText): QuoteSpan[] {
  void article;
  return [];
}
