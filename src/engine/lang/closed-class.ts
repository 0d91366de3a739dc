/**
 * Closed-class words per language (determiners, pronouns, conjunctions,
 * prepositions, weekdays and months): capitalised where a sentence or heading
 * begins, they name nobody. A stage uses the article's language only.
 */
import { CLOSED_CLASS as de } from './de/closed-class.ts';
import { CLOSED_CLASS as en } from './en/closed-class.ts';
import { CLOSED_CLASS as es } from './es/closed-class.ts';
import { CLOSED_CLASS as fr } from './fr/closed-class.ts';
import { type PerLanguage, pick } from './index.ts';
import { CLOSED_CLASS as pt } from './pt/closed-class.ts';

/** As written in a pack: space-separated word lists. */
export interface ClosedClassWords {
  determiners: string;
  /** Possessive determiners not already among the determiners ("their", "seine"): they open a noun phrase too. */
  possessives: string;
  /** Pronouns, conjunctions, prepositions, adverbs that open sentences, weekdays and months. */
  other: string;
}

export interface ClosedClass {
  determiners: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  /** Every closed-class word, determiners and possessives included. */
  all: ReadonlySet<string>;
}

const words = (list: string): string[] => list.trim().split(/\s+/).filter(Boolean);

function compile(pack: ClosedClassWords): ClosedClass {
  const determiners = words(pack.determiners);
  const possessives = words(pack.possessives);
  return {
    determiners: new Set(determiners),
    possessives: new Set(possessives),
    all: new Set([...determiners, ...possessives, ...words(pack.other)]),
  };
}

const TABLE: PerLanguage<ClosedClass> = { en: compile(en), fr: compile(fr), de: compile(de), es: compile(es), pt: compile(pt) };

/** The closed-class words of the article's language. */
export function closedClassFor(lang: string | null | undefined): ClosedClass {
  return pick(TABLE, lang);
}
