import type { SentenceRange } from '../text/sentences.ts';
import { isSpeechCue, type Reporting, reportingFor } from '../lang/reporting.ts';
import { FIRST_PERSON_WORDS, IMAGINED_SPEECH, LABEL_WORDS, SIGN_WORDS, VERB_MARKERS } from './speech-cues.ts';

/** The gold standard (and readers) only count quotations of at least this many words. */
export const MIN_QUOTE_WORDS = 4;

/** Quotations this long are someone's words unless the context says label or title; shorter ones need a speech cue. */
export const SELF_EVIDENT_WORDS = 7;

/** How many words before the opening mark may name what follows (“a sign advertised”, “the film”). */
const LABEL_LOOKBEHIND_WORDS = 4;

/** How far into its sentence the context of a quotation is read, either side: enough for "X, the minister, said", bounded for run-on text. */
const CONTEXT_CHARS = 250;

/** German attribution after a quotation: „…“, so Kraus. */
const GERMAN_SO_ATTRIBUTION = /^\s*,\s*so\s+\p{Lu}/u;

/** Where a marked passage stands in its block (offsets within the block). */
export interface MarkedPassage {
  blockText: string;
  /** The quoted words, trimmed. */
  inner: string;
  markStart: number;
  markEnd: number;
  /** The sentence holding the opening mark. */
  sentence: SentenceRange;
  lang: string | null;
  /** Another, self-evident quotation stands in the same sentence (a list of quoted phrases from one text). */
  besideLongerQuote: boolean;
}

const WORD = /[\p{L}\p{N}]/u;

export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => WORD.test(w));
}

function lowerWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
}

/** Whether a marked passage is a quotation of someone's words rather than a label, title, slogan or scare quote. */
export function isQuotation(passage: MarkedPassage): boolean {
  const words = wordsOf(passage.inner);
  if (words.length < MIN_QUOTE_WORDS) return false;

  const { blockText, sentence, markStart, markEnd } = passage;
  const before = blockText.slice(Math.max(sentence.start, markStart - CONTEXT_CHARS), markStart);
  if (IMAGINED_SPEECH.test(before)) return false;
  const beforeWords = lowerWords(before);
  // Only the article's own language says what is speech: another language's verb is a word of this one ("dice", "die").
  const reporting = reportingFor(passage.lang);
  if (introducedAsLabel(before, beforeWords, reporting)) return false;
  if (passage.lang !== 'de' && isTitleLike(words)) return false;
  if (namesWhatFollows(blockText, markEnd)) return false;

  if (words.length >= SELF_EVIDENT_WORDS || passage.besideLongerQuote) return true;
  // Short: a scare quote unless something says it is speech.
  if (markStart <= sentence.start) return true;
  if (/[:—–]\s*$/.test(before)) return true;
  if (lowerWords(passage.inner).some((w) => FIRST_PERSON_WORDS.has(w))) return true;
  const after = blockText.slice(markEnd, Math.max(markEnd, Math.min(sentence.end, markEnd + CONTEXT_CHARS)));
  if (GERMAN_SO_ATTRIBUTION.test(after)) return true;
  return beforeWords.concat(lowerWords(after)).some((w) => isSpeechCue(reporting, w));
}

/**
 * A sign, slogan or chant earlier in the sentence with no reporting verb
 * after it, or a title word just before the mark ("the film “…”", "a report
 * titled “…”") with no reporting verb or colon after it ("In his book he
 * wrote: “…”" is speech; "signs read: “…”" is not).
 */
function introducedAsLabel(before: string, beforeWords: string[], reporting: Reporting): boolean {
  const colon = before.lastIndexOf(':');
  const wordsAfterColon = colon >= 0 ? lowerWords(before.slice(colon + 1)).length : Infinity;
  for (let i = beforeWords.length - 1; i >= 0; i--) {
    const word = beforeWords[i] ?? '';
    const distance = beforeWords.length - i;
    if (isSpeechCue(reporting, word)) return false;
    // "to sign the bill", "will label it": verbs, not the placard or label itself.
    if (VERB_MARKERS.has(beforeWords[i - 1] ?? '')) continue;
    if (SIGN_WORDS.has(word)) return true;
    if (LABEL_WORDS.has(word) && distance <= LABEL_LOOKBEHIND_WORDS && distance <= wordsAfterColon) return true;
  }
  return false;
}

/** "the 'rivers, we've got this' campaign", "a “Save Our Docks” banner": lower-case words right after the mark name what was quoted. */
function namesWhatFollows(blockText: string, markEnd: number): boolean {
  const after = blockText.slice(markEnd, markEnd + 40);
  if (!/^\s+\p{Ll}/u.test(after)) return false;
  return lowerWords(after)
    .slice(0, 2)
    .some((w) => SIGN_WORDS.has(w) || LABEL_WORDS.has(w) || LABELLED_THINGS.has(w));
}

/** Things a quoted phrase names when it stands right before them. */
const LABELLED_THINGS = new Set(['campaign', 'campaigns', 'program', 'programme', 'initiative', 'act', 'bill', 'law', 'policy', 'strategy', 'plan', 'rule', 'doctrine', 'movement', 'tour', 'rally', 'ad', 'advert', 'advertisement', 'logo', 'brand', 'series', 'show']);

/** Minor words that stay lower case in English, French, Spanish and Portuguese titles. */
const TITLE_MINOR_WORDS = new Set([
  'a', 'an', 'the', 'of', 'on', 'in', 'to', 'for', 'at', 'by', 'with', 'from', 'and', 'or', 'but', 'as',
  'de', 'la', 'le', 'les', 'des', 'du', 'et', 'el', 'los', 'las', 'y', 'e', 'o', 'da', 'do', 'das', 'dos', 'em',
]);

/** Every significant word capitalised: a title, a sign or a slogan ("Fewer Tolls on Bridges, More Boats on Canals"). */
function isTitleLike(words: string[]): boolean {
  let significant = 0;
  for (const raw of words) {
    const word = raw.replace(/^[^\p{L}\p{N}]+/u, '');
    if (TITLE_MINOR_WORDS.has(word.toLowerCase()) && significant > 0) continue;
    const first = word[0] ?? '';
    if (first.toLowerCase() === first.toUpperCase()) continue;
    if (first !== first.toUpperCase()) return false;
    significant++;
  }
  return significant >= 3;
}
