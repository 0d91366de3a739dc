/**
 * Candidate phrases for an article's policy question: clauses of the title
 * and the lede's first sentence, each whole up to where its reported speech
 * starts, and the spans around a measure or decision word of the article's
 * language ("ban", "Gesetz", "reforma"). The per-word model chooses among
 * them by expected F1 (index.ts).
 */
import { wordsOf } from '../detect/topic-features.ts';
import { pick } from '../lang/index.ts';
import { ISSUE_WORDS } from '../lang/issue-words.ts';
import { reportingFor } from '../lang/reporting.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Block } from '../types.ts';

export interface IssueCandidate {
  text: string;
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

/** The text without reference marks ("[3]"): they point to a note and say nothing of the question. */
export function withoutReferenceMarks(text: string): string {
  return text.replace(/\s*\[\d+\]/gu, '');
}

/** Clauses: runs of words between punctuation or phrase-breaking words. */
function clausesOf(text: string, breaks: ReadonlySet<string>): string[][] {
  const clauses: string[][] = [];
  for (const part of text.split(/[:;,!?|()"“”«»„–—]+|\.(?=\s|$)|\s-\s/u)) {
    let clause: string[] = [];
    for (const word of part.split(/\s+/).filter(Boolean)) {
      if (breaks.has(word.toLowerCase())) {
        if (clause.length) clauses.push(clause);
        clause = [];
      } else clause.push(word);
    }
    if (clause.length) clauses.push(clause);
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

/** Words a paragraph needs to state something: a dateline or a credit line has fewer. */
const PROSE_WORDS = 8;

/** The article's first `count` paragraphs of prose, each up to a lede sentence's length. */
export function leadParagraphs(blocks: IssueSource['blocks'], count: number): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (out.length >= count) break;
    if (block.kind === 'paragraph' && block.text.split(' ').length >= PROSE_WORDS) out.push(firstWords(block.text, LEDE_WORDS));
  }
  return out;
}

/** The sentences of a text, in order. */
export function sentencesOf(text: string, lang: string | null): string[] {
  return splitSentences(text, lang).map((s) => text.slice(s.start, s.end));
}

export function firstSentence(blocks: IssueSource['blocks'], lang: string | null): string {
  const lede = leadParagraphs(blocks, 1)[0] ?? '';
  return sentencesOf(lede, lang)[0] ?? lede;
}

export function issueCandidates(source: IssueSource): IssueCandidate[] {
  const { measures, breaks } = pick(ISSUE_WORDS, source.lang);
  const measureSet = new Set(measures);
  const breakSet = new Set(breaks);
  const speech = reportingFor(source.lang).verbs;
  const out = new Map<string, IssueCandidate>();
  const add = (words: string[], entire = false): void => {
    const text = words.join(' ').replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
    if (words.length < 2 || words.length > (entire ? MAX_ENTIRE_WORDS : MAX_WORDS) || out.has(text)) return;
    out.set(text, { text });
  };
  for (const text of [mainTitlePart(source.title), firstSentence(source.blocks, source.lang)].map(withoutReferenceMarks)) {
    const unreported = beforeReportedSpeech(text, speech);
    if (unreported) add(unreported.split(/\s+/).filter(Boolean), true);
    for (const words of clausesOf(text, breakSet)) {
      add(words);
      words.forEach((word, at) => {
        if (!measureSet.has(word.toLowerCase())) return;
        for (let back = Math.min(at, BEFORE_MEASURE); back >= 0; back--) add(words.slice(at - back, at - back + MAX_WORDS));
      });
    }
  }
  return [...out.values()];
}
