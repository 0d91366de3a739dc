/**
 * Candidate phrases for an article's policy question, each described by
 * features: clauses of the title and the lede's first sentence, and the
 * spans around a measure or decision word of the article's language ("ban",
 * "Gesetz", "reforma").
 */
import { wordsOf } from '../detect/topic-features.ts';
import { pick } from '../lang/index.ts';
import { ISSUE_WORDS } from '../lang/issue-words.ts';
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
/** Words taken before a measure word ("a total ban", "the new security law"). */
const BEFORE_MEASURE = 3;
const BODY_WORDS = 1500;

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

function firstSentence(blocks: IssueSource['blocks'], lang: string | null): string {
  const lede = blocks.find((b) => b.kind === 'paragraph' && b.text.split(' ').length >= 8)?.text ?? '';
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

export function issueCandidates(source: IssueSource): IssueCandidate[] {
  const { measures, breaks } = pick(ISSUE_WORDS, source.lang);
  const measureSet = new Set(measures);
  const breakSet = new Set(breaks);
  const counts = bodyCounts(source.blocks);
  const out = new Map<string, IssueCandidate>();
  const add = (words: string[], from: 'title' | 'lede', clauseIndex: number, whole: boolean): void => {
    const text = words.join(' ').replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
    if (words.length < 2 || words.length > MAX_WORDS || out.has(text)) return;
    const folded = wordsOf(text).map((w) => w.folded);
    const long = folded.filter((w) => w.length > 3);
    const measureAt = folded.findIndex((w) => measureSet.has(w));
    const repeated = long.filter((w) => (counts.get(w) ?? 0) >= 2).length;
    out.set(text, {
      text,
      features: {
        [from]: 1,
        firstClause: clauseIndex === 0 ? 1 : 0,
        wholeClause: whole ? 1 : 0,
        measure: measureAt >= 0 ? 1 : 0,
        measureEarly: measureAt >= 0 && measureAt < 3 ? 1 : 0,
        words: folded.length / 10,
        short: folded.length <= 3 ? 1 : 0,
        repeatedInBody: long.length ? repeated / long.length : 0,
        digits: /\d/.test(text) ? 1 : 0,
      },
    });
  };
  const sources: ['title' | 'lede', string][] = [
    ['title', source.title],
    ['lede', firstSentence(source.blocks, source.lang)],
  ];
  for (const [from, text] of sources) {
    clausesOf(text, breakSet).forEach((clause, index) => {
      add(clause, from, index, true);
      clause.forEach((word, at) => {
        if (!measureSet.has(word.toLowerCase())) return;
        for (let back = Math.min(at, BEFORE_MEASURE); back >= 0; back--) {
          add(clause.slice(at - back, at - back + MAX_WORDS), from, index, false);
        }
      });
    });
  }
  return [...out.values()];
}
