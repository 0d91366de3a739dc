/**
 * The writer of an opinion piece takes a side on its question in their own
 * voice, and the text names them only in the byline. A page that files itself
 * as opinion makes its byline's author a candidate (a report's journalist is
 * none); the model sees how much the text speaks in the first person outside
 * quotations, and the stance cues of those first-person sentences.
 */
import { closedClassFor } from '../lang/closed-class.ts';
import { reportingFor } from '../lang/reporting.ts';
import type { QuoteSpan } from '../quotes/find-quotes.ts';
import type { StanceHit } from '../stance/polarity.ts';
import { signalOf, type StanceSignal } from '../stance/attribute-cues.ts';
import { rangeIndexAt } from '../text/offsets.ts';
import type { SentenceSpan } from '../text/sentence-spans.ts';
import { type Token, tokenize } from '../text/tokens.ts';
import type { ArticleText } from '../types.ts';
import { namesIn } from './names.ts';

/** schema.org's type for an article that states its writer's view. */
const OPINION_TYPES: ReadonlySet<string> = new Set(['OpinionNewsArticle']);
const PER_WORDS = 1000;

export interface BylineAuthor {
  /** The person's name as the byline writes it, and its words in lower case. */
  name: string;
  words: string[];
  /** First-person words outside quotations, per thousand words outside quotations. */
  firstPersonRate: number;
}

/**
 * The byline's first personal name when the page files itself as opinion (its
 * schema.org type, section or address); null on other pages and when the
 * byline names no person (an agency, an outlet, nobody).
 */
export function bylineAuthor(article: ArticleText, spans: readonly QuoteSpan[]): BylineAuthor | null {
  const sections = reportingFor(article.lang).opinionSections;
  if (!article.filedAs.some((label) => OPINION_TYPES.has(label) || sections.has(label.toLowerCase()))) return null;
  const byline = article.byline ?? '';
  const name = namesIn(byline, tokenize(byline), 0, article.lang).find((m) => m.kind === 'person' || (m.kind === 'name' && m.words.length >= 2));
  if (!name) return null;
  const words = tokenize(article.text).filter((t) => rangeIndexAt(spans, t.start) === -1);
  const firstPerson = closedClassFor(article.lang).firstPerson;
  const own = words.filter((t) => isFirstPerson(t, firstPerson)).length;
  return { name: name.text, words: name.words, firstPersonRate: words.length ? (PER_WORDS * own) / words.length : 0 };
}

/** "us", not "US": an all-capital word is an acronym. */
function isFirstPerson(t: Token, firstPerson: ReadonlySet<string>): boolean {
  return firstPerson.has(t.lower) && (t.text.length === 1 || t.text !== t.text.toUpperCase());
}

/**
 * Stance cues the writer states in their own voice: outside quotations, in a
 * sentence that speaks in the first person before the cue ("I doubt the plan
 * will work", "we should reject it").
 */
export function firstPersonSignals(
  article: ArticleText,
  sentences: readonly SentenceSpan[],
  sentenceHits: readonly (readonly StanceHit[])[],
  spans: readonly QuoteSpan[],
  actor: number,
): StanceSignal[] {
  const firstPerson = closedClassFor(article.lang).firstPerson;
  const signals: StanceSignal[] = [];
  sentences.forEach((s, si) => {
    const own = tokenize(article.text, s.start, s.end).filter((t) => rangeIndexAt(spans, t.start) === -1 && isFirstPerson(t, firstPerson));
    const first = own[0];
    if (!first) return;
    for (const hit of sentenceHits[si] ?? []) {
      if (hit.start < first.start || rangeIndexAt(spans, hit.start) !== -1) continue;
      signals.push(signalOf(actor, hit, si, 'reported'));
    }
  });
  return signals;
}
