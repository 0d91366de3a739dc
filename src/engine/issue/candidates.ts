/**
 * Candidate phrases for an article's policy question, each described by
 * features: every span of a clause of the title's parts and of the lede's
 * first sentence, trimmed of the closed-class words a phrase does not start
 * or end with in the article's language ("the", "of", "der", "de"). A fitted
 * score (src/engine/issue/index.ts) picks one.
 */
import { wordsOf } from '../detect/topic-features.ts';
import { pick } from '../lang/index.ts';
import { ISSUE_WORDS, type IssueWords } from '../lang/issue-words.ts';
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

/** Longest phrase, in words: the panel shows it on one line. */
const MAX_WORDS = 12;
const BODY_WORDS = 1500;
/** Body repeats beyond this say no more about a word's weight in the story. */
const REPEATS_CAP = 5;
/** Title parts ("Subject: what happened | Site name"). */
const TITLE_PARTS = /\s+[|–—-]\s+|:\s+|\s+\/\/\s+/u;
const CLAUSE_MARKS = /[;,!?()"“”«»„]+|\.(?=\s|$)/u;
const QUOTE_EDGES = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** A clause's words as written (outer punctuation off) and folded. */
interface Token {
  shown: string;
  folded: string;
}

interface Clause {
  tokens: Token[];
  from: 'title' | 'lede';
  part: number;
  parts: number;
  question: boolean;
}

interface Vocabulary {
  words: IssueWords;
  measures: ReadonlySet<string>;
  breaks: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

function tokensOf(text: string): Token[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(QUOTE_EDGES, ''))
    .filter((shown) => /[\p{L}\p{N}]/u.test(shown))
    .map((shown) => ({ shown, folded: shown.normalize('NFC').toLowerCase().replace(/’/g, "'") }));
}

/** A text's clauses: runs of words between punctuation, phrase-breaking words and reporting verbs. */
function clausesOf(text: string, from: Clause['from'], vocabulary: Vocabulary): Clause[] {
  const parts = text.split(TITLE_PARTS).filter((p) => p.trim());
  const out: Clause[] = [];
  parts.forEach((part, index) => {
    const question = /\?\s*$/.test(part);
    for (const piece of part.split(CLAUSE_MARKS)) {
      let tokens: Token[] = [];
      const flush = (): void => {
        if (tokens.length) out.push({ tokens, from, part: index, parts: parts.length, question });
        tokens = [];
      };
      for (const token of tokensOf(piece)) {
        if (vocabulary.breaks.has(token.folded)) flush();
        else tokens.push(token);
      }
      flush();
    }
  });
  return out;
}

/** The lede's first sentence: the first paragraph long enough to be prose. */
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

function vocabularyOf(lang: string | null): Vocabulary {
  const words = pick(ISSUE_WORDS, lang);
  return {
    words,
    measures: new Set(words.measures),
    breaks: new Set([...words.breaks, ...reportingFor(lang).verbs]),
    edges: new Set(words.edges),
  };
}

export function issueCandidates(source: IssueSource): IssueCandidate[] {
  const vocabulary = vocabularyOf(source.lang);
  const counts = bodyCounts(source.blocks);
  const clauses = [...clausesOf(source.title, 'title', vocabulary), ...clausesOf(firstSentence(source.blocks, source.lang), 'lede', vocabulary)];
  const contentOf = (from: Clause['from']): Set<string> =>
    new Set(clauses.filter((c) => c.from === from).flatMap((c) => c.tokens.map((t) => t.folded).filter((w) => !vocabulary.edges.has(w))));
  const inSource = { title: contentOf('title'), lede: contentOf('lede') };
  const out = new Map<string, IssueCandidate>();
  for (const clause of clauses) {
    const { tokens } = clause;
    const isEdge = (i: number): boolean => vocabulary.edges.has(tokens[i]?.folded ?? '');
    const clauseContent = tokens.filter((_, i) => !isEdge(i)).length;
    const first = tokens.findIndex((_, i) => !isEdge(i));
    const last = tokens.length - 1 - [...tokens].reverse().findIndex((_, i) => !isEdge(tokens.length - 1 - i));
    for (let start = 0; start < tokens.length; start++) {
      if (isEdge(start)) continue;
      for (let end = start; end < tokens.length && end - start < MAX_WORDS; end++) {
        if (isEdge(end)) continue;
        const span = tokens.slice(start, end + 1);
        // A number alone ("2022") names no question.
        if (!span.some((t) => /\p{L}/u.test(t.shown) && !vocabulary.edges.has(t.folded))) continue;
        const text = span.map((t) => t.shown).join(' ');
        if (out.has(text)) continue;
        const other = clause.from === 'title' ? inSource.lede : inSource.title;
        out.set(text, {
          text,
          features: spanFeatures(span, clause, vocabulary, counts, other, {
            whole: start === first && end === last,
            startsClause: start === first,
            endsClause: end === last,
            coverage: clauseContent ? span.filter((t) => !vocabulary.edges.has(t.folded)).length / clauseContent : 0,
          }),
        });
      }
    }
  }
  return [...out.values()];
}

function spanFeatures(
  span: readonly Token[],
  clause: Clause,
  vocabulary: Vocabulary,
  counts: ReadonlyMap<string, number>,
  otherSource: ReadonlySet<string>,
  place: { whole: boolean; startsClause: boolean; endsClause: boolean; coverage: number },
): Features {
  const content = span.filter((t) => !vocabulary.edges.has(t.folded));
  const n = content.length || 1;
  const share = (test: (t: Token) => boolean): number => content.filter(test).length / n;
  const measureAt = span.findIndex((t) => vocabulary.measures.has(t.folded));
  const names = vocabulary.words.nounsCapitalised ? 0 : share((t) => /^\p{Lu}/u.test(t.shown) && !/^\p{Lu}[\p{Lu}\d]*$/u.test(t.shown));
  return {
    [clause.from]: 1,
    firstPart: clause.part === 0 ? 1 : 0,
    lastOfParts: clause.parts > 1 && clause.part === clause.parts - 1 ? 1 : 0,
    question: clause.question ? 1 : 0,
    wholeClause: place.whole ? 1 : 0,
    startsClause: place.startsClause ? 1 : 0,
    endsClause: place.endsClause ? 1 : 0,
    coverage: place.coverage,
    words: content.length / 10,
    short: content.length <= 2 ? 1 : 0,
    long: content.length >= 9 ? 1 : 0,
    closedClass: (span.length - content.length) / span.length,
    repeatedInBody: share((t) => (counts.get(t.folded) ?? 0) >= 2),
    bodyWeight: content.reduce((sum, t) => sum + Math.min(counts.get(t.folded) ?? 0, REPEATS_CAP), 0) / (n * REPEATS_CAP),
    echoed: share((t) => otherSource.has(t.folded)),
    names,
    acronyms: share((t) => /^\p{Lu}[\p{Lu}\d.-]+$/u.test(t.shown)),
    measure: measureAt >= 0 ? 1 : 0,
    measureEarly: measureAt >= 0 && measureAt < 3 ? 1 : 0,
    // "ban on leaf blowers", "the county's new housing plan": the measure heads the phrase or ends it.
    startsMeasure: measureAt === 0 ? 1 : 0,
    endsMeasure: vocabulary.measures.has(span[span.length - 1]?.folded ?? '') ? 1 : 0,
    digits: share((t) => /\d/.test(t.shown)),
  };
}
