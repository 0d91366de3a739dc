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
  const speech = reportingFor(source.lang).verbs;
  const add = (words: string[], from: 'title' | 'lede', clauseIndex: number, whole: boolean, reported: boolean): void => {
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
        reported: reported ? 1 : 0,
      },
    });
  };
  const sources: ['title' | 'lede', string][] = [
    ['title', source.title],
    ['lede', firstSentence(source.blocks, source.lang)],
  ];
  for (const [from, text] of sources) {
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
