import type { ArticleText, Passage } from '../types.ts';

/** Context kept either side of a passage: enough to disambiguate, small enough to survive edits (as Hypothesis does). */
export const CONTEXT_CHARS = 32;

/** A passage of the article text between two offsets, with both selectors filled in. */
export function passageAt(article: Pick<ArticleText, 'text'>, start: number, end: number): Passage {
  const { text } = article;
  const exact = text.slice(start, end);
  return {
    text: exact,
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
