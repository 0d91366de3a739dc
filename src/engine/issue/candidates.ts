/**
 * Candidate phrases for an article's policy question, each described by
 * features: clauses of the title and the lede's first sentence, and the
 * spans around a measure or decision word of the article's language ("ban",
 * "Gesetz", "reforma").
 */
import { wordsOf } from '../detect/topic-features.ts';
import { pick } from '../lang/index.ts';
import { ISSUE_WORDS } from '../lang/issue-words.ts';
import { reportingFor } from '../lang/reporting.ts';
import type { Features } from '../model/linear.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Block } from '../types.ts';

export interface IssueCandidate {
  text: string;
  features: Features;
}

export interface IssueSource {
  title: string;
  blocks: readonly Pick<Block, 'kind' | 'text'>[];
  lang: string | null;
}

const MAX_WORDS = 12;
/** A whole title or lede sentence is a candidate up to this length. */
const MAX_ENTIRE_WORDS = 30;
/** Words taken before a measure word ("a total ban", "the new security law"). */
const BEFORE_MEASURE = 3;
const BODY_WORDS = 1500;

interface Clause {
  words: string[];
  /** Opened by a reporting verb ("… said the vote was fair"): what someone said, which may not be the question. */
  reported: boolean;
}

/** Clauses: runs of words between punctuation or phrase-breaking words. */
function clausesOf(text: string, breaks: ReadonlySet<string>, speech: ReadonlySet<string>): Clause[] {
  const clauses: Clause[] = [];
  for (const part of text.split(/[:;,!?|()"“”«»„–—]+|\.(?=\s|$)|\s-\s/u)) {
    let clause: Clause = { words: [], reported: false };
    for (const word of part.split(/\s+/).filter(Boolean)) {
      const folded = word.toLowerCase();
      if (breaks.has(folded)) {
        if (clause.words.length) clauses.push(clause);
        clause = { words: [], reported: speech.has(folded) };
      } else clause.words.push(word);
    }
    if (clause.words.length) clauses.push(clause);
  }
  return clauses;
}

/** The title without the site's name: its longest part between bars or spaced dashes. */
export function mainTitlePart(title: string): string {
  return title.split(/\s[|–—-]\s|\s*\|\s*/u).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * The text before its reported speech starts: a sentence that goes on "…;
 * the minister said the vote was fair" names the measure first and a
 * reaction after. Cut at the last punctuation before the reporting verb;
 * null when there is none (the clauses cover that sentence).
 */
export function beforeReportedSpeech(text: string, speech: ReadonlySet<string>): string | null {
  const verb = wordsOf(text).find((w) => speech.has(w.shown.toLowerCase()));
  if (!verb) return text;
  const at = text.search(new RegExp(`(?<![\\p{L}\\p{N}])${verb.shown}(?![\\p{L}\\p{N}])`, 'u'));
  const cut = Math.max(...[';', ':', ',', ' – ', ' — '].map((mark) => text.lastIndexOf(mark, at)));
  return cut > 0 ? text.slice(0, cut) : null;
}

/** A lede sentence is at most this long: a block with no sentence end is read up to here, whatever its size. */
const LEDE_WORDS = 120;

/** The text up to its `count`th word, so a huge block costs no more than a page's start. */
export function firstWords(text: string, count: number): string {
  return count > 0 ? (text.match(new RegExp(`^\\s*(?:\\S+\\s+){0,${count - 1}}\\S*`, 'u'))?.[0] ?? '') : '';
}

export function firstSentence(blocks: IssueSource['blocks'], lang: string | null): string {
  const lede = firstWords(blocks.find((b) => b.kind === 'paragraph' && b.text.split(' ').length >= 8)?.text ?? '', LEDE_WORDS);
  const first = splitSentences(lede, lang)[0];
  return first ? lede.slice(first.start, first.end) : lede;
}

function bodyCounts(blocks: IssueSource['blocks']): Map<string, number> {
  const counts = new Map<string, number>();
  let n = 0;
  for (const block of blocks) {
    for (const word of wordsOf(block.text)) {
      counts.set(word.folded, (counts.get(word.folded) ?? 0) + 1);
      if (++n >= BODY_WORDS) return counts;
    }
  }
  return counts;
}

const longWords = (text: string): Set<string> => new Set(wordsOf(text).map((w) => w.folded).filter((w) => w.length > 3));

export function issueCandidates(source: IssueSource): IssueCandidate[] {
  const { measures, breaks } = pick(ISSUE_WORDS, source.lang);
  const measureSet = new Set(measures);
  const breakSet = new Set(breaks);
  const counts = bodyCounts(source.blocks);
  const out = new Map<string, IssueCandidate>();
  const speech = reportingFor(source.lang).verbs;
  const titlePart = mainTitlePart(source.title);
  const lede = firstSentence(source.blocks, source.lang);
  const otherWords = { title: longWords(lede), lede: longWords(titlePart) };
  const add = (words: string[], from: 'title' | 'lede', clauseIndex: number, whole: boolean, reported: boolean, entire = false): void => {
    const text = words.join(' ').replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
    if (words.length < 2 || words.length > (entire ? MAX_ENTIRE_WORDS : MAX_WORDS) || out.has(text)) return;
    const shown = wordsOf(text);
    const folded = shown.map((w) => w.folded);
    const long = folded.filter((w) => w.length > 3);
    const measureAt = folded.findIndex((w) => measureSet.has(w));
    const repeated = long.filter((w) => (counts.get(w) ?? 0) >= 2).length;
    const capitals = shown.slice(1).filter((w) => /^\p{Lu}/u.test(w.shown)).length;
    out.set(text, {
      text,
      features: {
        [from]: 1,
        entire: entire ? 1 : 0,
        inOther: long.length ? long.filter((w) => otherWords[from].has(w)).length / long.length : 0,
        capitals: folded.length > 1 ? capitals / (folded.length - 1) : 0,
        firstClause: clauseIndex === 0 ? 1 : 0,
        wholeClause: whole ? 1 : 0,
        measure: measureAt >= 0 ? 1 : 0,
        measureEarly: measureAt >= 0 && measureAt < 3 ? 1 : 0,
        words: folded.length / 10,
        short: folded.length <= 3 ? 1 : 0,
        repeatedInBody: long.length ? repeated / long.length : 0,
        digits: /\d/.test(text) ? 1 : 0,
        reported: reported ? 1 : 0,
      },
    });
  };
  const sources: ['title' | 'lede', string][] = [
    ['title', titlePart],
    ['lede', lede],
  ];
  for (const [from, text] of sources) {
    const unreported = beforeReportedSpeech(text, speech);
    if (unreported) add(unreported.split(/\s+/).filter(Boolean), from, 0, false, false, true);
    clausesOf(text, breakSet, speech).forEach(({ words, reported }, index) => {
      add(words, from, index, true, reported);
      words.forEach((word, at) => {
        if (!measureSet.has(word.toLowerCase())) return;
        for (let back = Math.min(at, BEFORE_MEASURE); back >= 0; back--) {
          add(words.slice(at - back, at - back + MAX_WORDS), from, index, false, reported);
        }
      });
    });
  }
  return [...out.values()];
}
