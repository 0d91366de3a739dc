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
import { alternationOf, phrasesOf } from './phrase-pattern.ts';
import { CLOSED_CLASS as pt } from './pt/closed-class.ts';

/** As written in a pack: space-separated word lists. */
export interface ClosedClassWords {
  /** Definite and indefinite articles, elided ones with their apostrophe ("l'"). */
  articles: string;
  /** Other determiners: demonstratives, quantifiers, article-preposition contractions ("del", "do"). */
  determiners: string;
  /** Possessive determiners not already among the determiners ("their", "seine"): they open a noun phrase too. */
  possessives: string;
  /** Prepositions, with their contractions with an article ("du", "zum", "del", "pelo"); not those that name a source ("selon", "laut"), whose noun speaks. */
  prepositions: string;
  /** Auxiliary and copular verbs: after a name's comma they open a clause, not an apposition. */
  auxiliaries: string;
  /** Relative pronouns: "a senator who voted against" is a senator. */
  relatives: string;
  /** Comma-separated words and phrases that add another item to a list ("and", "as well as", "sowie"). */
  listLinks: string;
  /** Pronouns, conjunctions, adverbs that open sentences, weekdays and months. */
  other: string;
}

export interface ClosedClass {
  articles: ReadonlySet<string>;
  /** Articles and the other determiners. */
  determiners: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  /** Matches a text that starts with a list link and a space. */
  startsWithListLink: RegExp;
  /** Every closed-class word of the language. */
  all: ReadonlySet<string>;
}

const words = (list: string): string[] => list.trim().split(/\s+/).filter(Boolean);

function compile(pack: ClosedClassWords): ClosedClass {
  const articles = words(pack.articles);
  const determiners = [...articles, ...words(pack.determiners)];
  const possessives = words(pack.possessives);
  const prepositions = words(pack.prepositions);
  return {
    articles: new Set(articles),
    determiners: new Set(determiners),
    possessives: new Set(possessives),
    prepositions: new Set(prepositions),
    auxiliaries: new Set(words(pack.auxiliaries)),
    relatives: new Set(words(pack.relatives)),
    startsWithListLink: new RegExp(`^${alternationOf(phrasesOf(pack.listLinks))}\\s`, 'iu'),
    all: new Set([...determiners, ...possessives, ...prepositions, ...words(pack.other)]),
  };
}

const TABLE: PerLanguage<ClosedClass> = { en: compile(en), fr: compile(fr), de: compile(de), es: compile(es), pt: compile(pt) };

/** The closed-class words of the article's language. */
export function closedClassFor(lang: string | null | undefined): ClosedClass {
  return pick(TABLE, lang);
}
