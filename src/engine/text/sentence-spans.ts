import type { ArticleText } from '../types.ts';
import { rangeIndexAt } from './offsets.ts';
import { splitSentences } from './sentences.ts';

/** A sentence of the article, as offsets into `ArticleText.text`. */
export interface SentenceSpan {
  start: number;
  end: number;
  blockIndex: number;
}

/** Sentences of every block (up to `maxChars` into the text), in text order. */
export function sentenceSpans(article: ArticleText, maxChars: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  article.blocks.forEach((block, blockIndex) => {
    if (block.start > maxChars) return;
    for (const s of splitSentences(block.text, article.lang)) {
      spans.push({ start: block.start + s.start, end: block.start + s.end, blockIndex });
    }
  });
  return spans;
}

/** Index of the sentence containing `offset`; -1 when none. */
export function sentenceAt(spans: SentenceSpan[], offset: number): number {
  return rangeIndexAt(spans, offset);
}
