/**
 * What the topic and policy models read: the article's words as features,
 * one per English word form (inflection folded), valued by where the word
 * stands: the title most, the lede next, repeats in the body up to a cap.
 * Articles in other languages speak to the models through their language
 * pack's topic cues, which map their words to the English features; words
 * without a cue say nothing. Each feature remembers the article's own
 * spelling, so a decision can be explained in the article's words.
 */
import { foldEnding } from '../lang/en/word-ending.ts';
import { packCodeOf, pick } from '../lang/index.ts';
import { TOPIC_CUES, TOPIC_INFLECTIONS } from '../lang/topic-cues.ts';
import type { Features } from '../model/linear.ts';
import type { Block } from '../types.ts';
import { type CueMatcher, compileCues } from './cue-matcher.ts';

export interface TopicText {
  title: string;
  blocks: readonly Pick<Block, 'kind' | 'text'>[];
  lang: string | null;
}

export interface WordFeatures {
  features: Features;
  /** Feature → the word as the article first writes it ("Gesetz", "tariffs"). */
  spelled: ReadonlyMap<string, string>;
}

/** The subject of a news story is set early; reading on costs time and adds noise. */
export const MAX_BODY_WORDS = 1500;
const LEDE_WORDS = 60;

/**
 * How much the title, the lede and the body say, in headline words: a title
 * word counts `title`, a lede word `lede` more, and the body's words share
 * `body` between them (so a long page does not outweigh a short one).
 */
export interface WordWeighting {
  title: number;
  lede: number;
  body: number;
  /**
   * The fewest words the body's share is spread over: a very short page is
   * not thereby more certain of its few words. Policy CV F1 was the same
   * within a page at 0, 40 and 150 (0.908, 0.906, 0.906); at 0 a short German
   * app-update notice read as policy, at 150 a plainly political English bill
   * story did not (unit tests).
   */
  bodyFloor: number;
}

/** Title, lede and body chosen by 5-fold page-level CV of the topic model; the floor as said above (`tsx src/cli/train/topic.ts --grid` compares floors). */
export const WORD_WEIGHTING: WordWeighting = { title: 1, lede: 0.5, body: 100, bodyFloor: 40 };
/** Where a word stands, each part switched off in turn (its weight set to 0) by `npm run eval -- --ablate topic|policy`. */
export const WORD_PART_GROUPS: Readonly<Record<string, Partial<WordWeighting>>> = {
  'title words': { title: 0 },
  'lede words': { lede: 0 },
  'body words': { body: 0 },
};
/** Body repeats beyond this add nothing: one long quote should not set the subject. */
const BODY_REPEATS = 4;
/** Shortest English word that carries a subject ("tax", "war", "gun"). */
const MIN_WORD = 3;

export const WORD_PREFIX = 'w:';

const matchers = new Map<string, CueMatcher>();

function cuesFor(lang: string | null): CueMatcher | null {
  const code = packCodeOf(lang);
  if (code === 'en') return null;
  let matcher = matchers.get(code);
  if (!matcher) {
    matcher = compileCues(pick(TOPIC_CUES, code), foldEnding, pick(TOPIC_INFLECTIONS, code));
    matchers.set(code, matcher);
  }
  return matcher;
}

/** A text's words: folded for matching, and as written for explanations. */
export interface Word {
  folded: string;
  shown: string;
}

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.normalize('NFC').matchAll(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu)) {
    const shown = match[0];
    out.push({ folded: shown.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'"), shown });
  }
  return out;
}

/** Feature names of a run of words, each with the words that spell it. */
function englishTerms(words: readonly Word[], cues: CueMatcher | null): { feature: string; shown: string }[] {
  if (cues) return cues.match(words).map((hit) => ({ feature: WORD_PREFIX + hit.target, shown: hit.shown }));
  return words.filter(carriesSubject).map((word) => ({ feature: WORD_PREFIX + foldEnding(word.folded), shown: word.shown }));
}

/** A word long enough to carry a subject, and not a number: the words an English page counts. */
export function carriesSubject(word: Word): boolean {
  return word.folded.length >= MIN_WORD && !/^\d/.test(word.folded);
}

/** The items up to their `BODY_REPEATS`th occurrence by key: a word said ten times says no more than one said four times. */
function withinRepeats<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const repeats = new Map<string, number>();
  return items.filter((item) => {
    const seen = (repeats.get(keyOf(item)) ?? 0) + 1;
    repeats.set(keyOf(item), seen);
    return seen <= BODY_REPEATS;
  });
}

/** The words the detect models read: the title's, and the body's up to `MAX_BODY_WORDS`. */
export interface PageWords {
  title: Word[];
  body: Word[];
}

export function pageWordsOf(text: TopicText): PageWords {
  const body: Word[] = [];
  for (const block of text.blocks) {
    // Captions and code say little about the subject; headings inside the body do.
    if (block.kind === 'caption' || block.kind === 'preformatted') continue;
    body.push(...wordsOf(block.text));
    if (body.length >= MAX_BODY_WORDS) break;
  }
  return { title: wordsOf(text.title), body: body.slice(0, MAX_BODY_WORDS) };
}

export function topicFeatures(text: TopicText, weighting: WordWeighting = WORD_WEIGHTING, words: PageWords = pageWordsOf(text)): WordFeatures {
  const cues = cuesFor(text.lang);
  const values = new Map<string, number>();
  const spelled = new Map<string, string>();
  const add = (feature: string, shown: string, value: number): void => {
    // A part weighted 0 (switched off by an ablation) names no feature.
    if (value === 0) return;
    values.set(feature, (values.get(feature) ?? 0) + value);
    if (!spelled.has(feature)) spelled.set(feature, shown);
  };
  // A title word counts once however often the title repeats it.
  for (const term of englishTerms(words.title, cues)) {
    if (!values.has(term.feature)) add(term.feature, term.shown, weighting.title);
  }
  const read = words.body;
  const terms = englishTerms(read, cues);
  const lede = new Set<string>();
  for (const term of terms.slice(0, LEDE_WORDS)) {
    if (lede.has(term.feature)) continue;
    lede.add(term.feature);
    add(term.feature, term.shown, weighting.lede);
  }
  const counted = withinRepeats(terms, (term) => term.feature);
  // Spread over every word the body counts, known to the pack or not, as an English page's share is: a pack that
  // knows a tenth of a page's words gives them a tenth of the body's say, not all of it.
  const spread = cues ? withinRepeats(read.filter(carriesSubject), (word) => word.folded).length : counted.length;
  const share = weighting.body / Math.max(spread, weighting.bodyFloor);
  for (const term of counted) add(term.feature, term.shown, share);
  return { features: Object.fromEntries(values), spelled };
}
