import type { ArticleText } from '../types.ts';
import { splitSentences } from '../text/sentences.ts';

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

/** Index of the sentence containing `offset` (binary search); -1 when none. */
export function sentenceAt(spans: SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
