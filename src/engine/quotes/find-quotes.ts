import { splitSentences, type SentenceRange } from '../text/sentences.ts';
import type { ArticleText, Block } from '../types.ts';
import { endsWithPostByline, excerptRange, isPostByline } from './excerpt.ts';
import { isQuotation, wordsOf, MIN_QUOTE_WORDS, SELF_EVIDENT_WORDS } from './judge-quotation.ts';
import { OPENERS, isMark } from './marks.ts';
import { pairMarks, type MarkedSpan } from './pair-marks.ts';
import { quotedPairs, repeatsQuoted } from './repeats.ts';

/** A direct quotation found in the article text, before anyone is credited with it. */
export interface QuoteSpan {
  /** Offsets of the quoted words in `ArticleText.text`, without the quotation marks. */
  start: number;
  end: number;
  blockIndex: number;
  /**
   * Offsets of the quotation with its marks: look left of `markStart` and
   * right of `markEnd` for "X said". Equal to start/end for an unmarked
   * blockquote excerpt; `markEnd` is the block's end when the quotation runs
   * on into the next paragraph.
   */
  markStart?: number;
  markEnd?: number;
  /** The quotation fills its block: a blockquote excerpt, an embedded post, or a paragraph of a longer quotation. */
  standalone?: boolean;
}

/** Blocks that are never article body speech: headings, captions, and code (whose strings are not quotations). */
const SKIPPED_KINDS = new Set<Block['kind']>(['heading', 'caption', 'preformatted']);

/** Related-link lines that extraction sometimes keeps: their quoted headlines belong to other stories. */
const RELATED_LINK = /^(?:related|read more|read also|also read|see also|more on this|lire aussi|à lire aussi|voir aussi|mehr zum thema|lesen sie auch|lesen sie mehr|lea también|lea más|lee también|lee más|leer más|ver también|leia também|leia mais|veja também)\b/i;

/** A paragraph wholly in square brackets: an inline link to another story ("[ ‘…’: the headline ]"). */
const BRACKETED_LINK = /^\[[^\]]*\]$/;

/**
 * Direct quotations in reading order: text between quotation marks that is
 * someone's words (not a title, slogan or scare quote), one span per
 * paragraph of a quotation running over several paragraphs, blockquoted
 * excerpts and embedded posts, and no pull-quote repeats of the body.
 */
export function findQuoteSpans(article: ArticleText): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  // Embedded posts and multi-paragraph excerpts may repeat the body on purpose (a tweet of a letter the story quotes).
  const posts = new Set<QuoteSpan>();
  article.blocks.forEach((block, blockIndex) => {
    if (SKIPPED_KINDS.has(block.kind) || RELATED_LINK.test(block.text) || BRACKETED_LINK.test(block.text) || isTeaser(block)) return;
    const next = article.blocks[blockIndex + 1];
    const marked = markedQuotations(block, blockIndex, next, article.lang);
    // A quoted block that quotes someone itself ("X insisted: “…”, she added") is narrative set as a quote box: its marks tell the quotations.
    if (!OPENERS[block.text[0] ?? ''] && !marked.length && (block.kind === 'blockquote' || isEmbeddedPost(block, next))) {
      const excerpt = excerptRange(block.text);
      if (excerpt && wordsOf(block.text.slice(excerpt.start, excerpt.end)).length >= MIN_QUOTE_WORDS) {
        const start = block.start + excerpt.start;
        const end = block.start + excerpt.end;
        const span: QuoteSpan = { start, end, blockIndex, markStart: start, markEnd: end, standalone: true };
        found.push(span);
        const inRun = [article.blocks[blockIndex - 1], next].some((b) => b?.kind === 'blockquote');
        if (inRun || excerpt.end < block.text.length) posts.add(span);
      }
      return;
    }
    found.push(...marked);
  });
  return withoutRepeats(article, found, posts);
}

/**
 * An embedded post that extraction flattened into a paragraph: its text ends
 * with the post's byline, or the next block is that byline on its own.
 */
function isEmbeddedPost(block: Block, next: Block | undefined): boolean {
  return endsWithPostByline(block.text) || (next !== undefined && isPostByline(next.text));
}

/** Longest list item still read as a headline teaser rather than a bullet point of the story. */
const TEASER_MAX_WORDS = 30;

/** A list item without sentence punctuation at its end: a headline of another story ("'I won't resign' says minister"). */
function isTeaser(block: Block): boolean {
  return block.kind === 'list-item' && !/[.!?…:;]["”’»“]?$/.test(block.text) && wordsOf(block.text).length <= TEASER_MAX_WORDS;
}

/** Quotations between marks in one paragraph-like block. */
function markedQuotations(block: Block, blockIndex: number, next: Block | undefined, lang: string | null): QuoteSpan[] {
  const spans = pairMarks(block.text);
  if (!spans.length) return [];
  const candidates: { span: MarkedSpan; inner: { start: number; end: number } }[] = [];
  for (const span of spans) {
    // An unclosed quotation is real when the next paragraph carries it on with an opening mark, or when it
    // plainly starts a quotation (opens the paragraph or follows a colon) and the closing mark was lost.
    if (span.unclosed && !continuesInto(next) && (span.family === 'single' || !opensPlainly(block.text, span.markStart))) continue;
    const inner = trimInner(block.text, span.innerStart, span.innerEnd);
    if (inner.end > inner.start) candidates.push({ span, inner });
    // Everything after an unclosed opener is inside the quotation.
    if (span.unclosed) break;
  }

  if (!candidates.length) return [];
  const sentences = splitSentences(block.text, lang);
  const measured = candidates.map((candidate) => ({
    ...candidate,
    sentenceIndex: sentenceIndexAt(sentences, candidate.span.markStart),
    long: wordsOf(block.text.slice(candidate.inner.start, candidate.inner.end)).length >= SELF_EVIDENT_WORDS,
  }));
  // Sentences quoting someone at length: their shorter quoted phrases are the same text's words too.
  const longQuoteCount = new Map<number, number>();
  for (const { sentenceIndex, long } of measured) if (long) longQuoteCount.set(sentenceIndex, (longQuoteCount.get(sentenceIndex) ?? 0) + 1);

  const out: QuoteSpan[] = [];
  measured.forEach(({ span, inner, sentenceIndex, long }) => {
    const sentence = sentences[sentenceIndex] ?? { start: 0, end: block.text.length };
    const besideLongerQuote = (longQuoteCount.get(sentenceIndex) ?? 0) > (long ? 1 : 0);
    const accepted = isQuotation({
      blockText: block.text,
      inner: block.text.slice(inner.start, inner.end),
      markStart: span.markStart,
      markEnd: span.markEnd,
      sentence,
      lang,
      besideLongerQuote,
    });
    if (!accepted) return;
    out.push({
      start: block.start + inner.start,
      end: block.start + inner.end,
      blockIndex,
      markStart: block.start + span.markStart,
      markEnd: block.start + span.markEnd,
      standalone: span.markStart === 0 && (span.unclosed || /^[\s.,;:!?]*$/.test(block.text.slice(span.markEnd))),
    });
  });
  return out;
}

/** The English convention for a quotation over several paragraphs: each continuing paragraph opens with a mark. */
function continuesInto(next: Block | undefined): boolean {
  return next !== undefined && (next.kind === 'paragraph' || next.kind === 'blockquote') && OPENERS[next.text[0] ?? ''] !== undefined;
}

/** The mark opens its paragraph or follows a colon: where a quotation, not a stray mark, starts. */
function opensPlainly(text: string, markStart: number): boolean {
  return /(?:^|:)\s*$/.test(text.slice(Math.max(0, markStart - 3), markStart));
}

/** The quoted words: without surrounding space and without a trailing comma that belongs to the attribution. */
function trimInner(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Index of the sentence holding offset `at` (sentences sorted, non-overlapping). */
function sentenceIndexAt(sentences: SentenceRange[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? Infinity) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Drop stand-alone quotations that repeat what the article already quotes:
 * pull quotes. Quotes inside running text are always kept; then plain
 * quote-only paragraphs; then what looks most like a pull-quote box (a lone
 * blockquote, doubled marks) only when it adds words — so the copy that
 * keeps its attribution survives.
 */
function withoutRepeats(article: ArticleText, spans: QuoteSpan[], posts: Set<QuoteSpan>): QuoteSpan[] {
  const textOf = (span: QuoteSpan) => article.text.slice(span.start, span.end);
  const quoted = quotedPairs(spans.filter((span) => !span.standalone || posts.has(span)).map(textOf));
  const dropped = new Set<QuoteSpan>();
  const candidates = spans.filter((span) => span.standalone && !posts.has(span));
  const boxed = (span: QuoteSpan) => article.blocks[span.blockIndex]?.kind === 'blockquote' || hasDoubledMarks(article.text, span);
  for (const span of [...candidates.filter((s) => !boxed(s)), ...candidates.filter(boxed)]) {
    const text = textOf(span);
    if (repeatsQuoted(text, quoted)) dropped.add(span);
    else for (const pair of quotedPairs([text])) quoted.add(pair);
  }
  return spans.filter((span) => !dropped.has(span));
}

/** More than one quotation mark before the words (“"…): the doubled marks of a pull-quote box. */
function hasDoubledMarks(text: string, span: QuoteSpan): boolean {
  let marks = 0;
  for (let i = span.markStart ?? span.start; i < span.start; i++) if (isMark(text[i])) marks++;
  return marks > 1;
}
