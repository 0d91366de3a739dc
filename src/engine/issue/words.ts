/**
 * The words an article's question could be made of, each described by
 * features for the per-word model (src/engine/issue/index.ts): where the word
 * stands (headline, lede, lead paragraph, body), how often, whether it is a
 * name. Being a measure word, or standing right before one ("a total ban"),
 * is no feature: the gain of each came from one corpus page.
 * A word is its English content word, as the issue is scored: an English
 * page's own word with its ending folded; a word of another language through
 * its pack's gloss, or carried over when it is a name.
 */
import { MAX_BODY_WORDS, type Word, wordsOf } from '../detect/topic-features.ts';
import { closedClassFor } from '../lang/closed-class.ts';
import { packCodeOf } from '../lang/index.ts';
import { reportingFor } from '../lang/reporting.ts';
import type { Features } from '../model/linear.ts';
import { issueContentWords } from '../../shared/issue-words.ts';
import { type IssueSource, beforeReportedSpeech, firstSentence, firstWords, leadParagraphs, mainTitlePart, sentencesOf, withoutReferenceMarks } from './candidates.ts';
import { glossTerms, glossableWords } from './english.ts';

export interface IssueWord {
  /** The English content word, ending folded: what the issue is scored by. */
  key: string;
  features: Features;
}

/** The parts of the page a word can come from, in reading order. */
export type IssuePart = 'title' | 'lede' | 'body';

/** A run of the page's words and, per word, the English content words it gives. */
export interface KeyedRun {
  part: IssuePart;
  words: Word[];
  keys: string[][];
  /** Per word: whether it is carried over as a name rather than glossed (pages in other languages). */
  named: boolean[];
}

/** Counts past this add nothing: a word said ten times is no more the subject than one said five times. */
const COUNT_CAP = 5;

/** Each word's English content words: its own (English) or its gloss's, a name carried over as it is. */
export function keyedRun(part: IssuePart, marked: string, lang: string | null): KeyedRun {
  const text = withoutReferenceMarks(marked);
  const code = packCodeOf(lang);
  if (code === 'en') {
    const words = wordsOf(text);
    // A body says most of its words many times: each spelling is folded once.
    const folded = new Map<string, string[]>();
    const keysOf = (shown: string): string[] => folded.get(shown) ?? folded.set(shown, [...issueContentWords(shown)]).get(shown) ?? [];
    return { part, words, keys: words.map((w) => keysOf(w.shown)), named: words.map(() => false) };
  }
  const words = glossableWords(text);
  const keys: string[][] = words.map(() => []);
  const named = words.map(() => false);
  for (const term of glossTerms(words, code)) {
    keys[term.at] = [...issueContentWords(term.english.join(' '))];
    named[term.at] = term.english.length === 1 && term.english[0] === words[term.at]?.shown;
  }
  return { part, words, keys, named };
}

/** The title, the lede's first sentence and the body's first words, each read into keys. */
export function issueRuns(source: IssueSource): KeyedRun[] {
  const body: string[] = [];
  let left = MAX_BODY_WORDS;
  for (const block of source.blocks) {
    if (block.kind === 'caption' || block.kind === 'preformatted') continue;
    const taken = firstWords(block.text, left);
    body.push(taken);
    left -= taken.split(/\s+/).filter(Boolean).length;
    if (left <= 0) break;
  }
  return [
    keyedRun('title', mainTitlePart(source.title), source.lang),
    keyedRun('lede', firstSentence(source.blocks, source.lang), source.lang),
    keyedRun('body', body.join('\n'), source.lang),
  ];
}

/** Paragraphs whose sentences may state the question: the lede's and the next, which often says what the lede only hints at. */
const LEAD_PARAGRAPHS = 2;

/**
 * The headline and each sentence of the first paragraphs (the lede's first),
 * each up to where its reported speech starts ("…; the minister said the
 * vote was fair"): what a phrase of the question may be composed from, so it
 * neither spans two sentences nor runs on into who said what.
 */
export function sentenceRuns(source: IssueSource): KeyedRun[] {
  const speech = reportingFor(source.lang).verbs;
  const upToSpeech = (text: string): string => beforeReportedSpeech(text, speech) ?? text;
  const sentences = leadParagraphs(source.blocks, LEAD_PARAGRAPHS).flatMap((p) => sentencesOf(p, source.lang));
  return [
    keyedRun('title', upToSpeech(mainTitlePart(source.title)), source.lang),
    ...sentences.map((sentence, i) => keyedRun(i ? 'body' : 'lede', upToSpeech(sentence), source.lang)),
  ];
}

interface Tally {
  title: number;
  lede: number;
  body: number;
  bodyAt: number;
  glossed: number;
  carried: number;
  open: number;
}

const emptyTally = (): Tally => ({
  title: 0,
  lede: 0,
  body: 0,
  bodyAt: 1,
  glossed: 0,
  carried: 0,
  open: 0,
});

export function issueWords(source: IssueSource, runs: readonly KeyedRun[] = issueRuns(source), placeNames: readonly string[] = []): IssueWord[] {
  // A headline names the place a measure is for ("…in Westmarch"): the fitted model weighs what a place's word is worth.
  const places = new Set(placeNames.flatMap((name) => [...issueContentWords(name)]));
  const code = packCodeOf(source.lang);
  const closed = closedClassFor(source.lang).all;
  const tallies = new Map<string, Tally>();
  for (const run of runs) {
    run.words.forEach((word, i) => {
      for (const key of run.keys[i] ?? []) {
        const t = tallies.get(key) ?? emptyTally();
        tallies.set(key, t);
        if (run.part === 'title') t.title = 1;
        else if (run.part === 'lede') t.lede = 1;
        else {
          t.body++;
          t.bodyAt = Math.min(t.bodyAt, i / MAX_BODY_WORDS);
        }
        // "US" is a country wherever "us" is a pronoun.
        if (!closed.has(word.folded) || /^\p{Lu}{2,}$/u.test(word.shown)) t.open = 1;
        if (code !== 'en') {
          if (run.named[i]) t.carried = 1;
          else t.glossed = 1;
        }
      }
    });
  }
  // The body's most repeated words, whatever the page's length: 1 for the first, 1/2 for the second…
  const counts = [...new Set([...tallies.values()].map((t) => t.body))].sort((a, b) => b - a);
  const out: IssueWord[] = [];
  for (const [key, t] of tallies) {
    // Pronouns, particles and the letters left of a contraction ("don't" → "don", "t") name no question.
    if ((!t.title && !t.lede && t.body < 2) || !t.open || /^\p{L}$/u.test(key)) continue;
    out.push({
      key,
      features: {
        title: t.title,
        lede: t.lede,
        bodyCount: Math.min(t.body, COUNT_CAP) / COUNT_CAP,
        bodyEarly: t.body ? 1 - t.bodyAt : 0,
        bodyRank: t.body ? 1 / (counts.indexOf(t.body) + 1) : 0,
        glossed: t.glossed,
        carried: t.carried,
        place: places.has(key) ? 1 : 0,
      },
    });
  }
  return out;
}
