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
  /** Definite articles, elided ones with their apostrophe ("l'"). */
  definiteArticles: string;
  /** Indefinite articles and determiners ("a", "some", "eine"): a description opened by one names nobody in particular. */
  indefiniteArticles: string;
  /** "this", "cette", "diese": like a definite article, they point back to someone named. */
  demonstratives: string;
  /** Other determiners: quantifiers, article-preposition contractions ("del", "do"). */
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
  conjoiners: string;
  /** Comma-separated words that offer an alternative or a contrast between items ("or", "but"). */
  disjoiners: string;
  /** Conjunctions that open a contrasting clause ("but", "whereas", "mais"): a phrase before them is done. */
  contrasts: string;
  /** Prepositions of a genitive complement ("of", "de", "von"): the name after them completes another noun. */
  genitives: string;
  /** Prepositions of a passive verb's agent ("by", "par", "por"): the name after them did what the verb says. */
  agents: string;
  /** Comma-separated conjunctions that open a concession ("although", "even as", "obwohl"). */
  concessives: string;
  /** Pronouns, conjunctions, adverbs that open sentences, weekdays and months. */
  other: string;
}

export interface ClosedClass {
  /** Definite and indefinite articles. */
  articles: ReadonlySet<string>;
  /** Words that open a definite description: definite articles and demonstratives. */
  definite: ReadonlySet<string>;
  indefinite: ReadonlySet<string>;
  /** Articles, demonstratives and the other determiners. */
  determiners: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  /** The one-word conjoiners ("and", "und", "y"): inside a run of capitalised words they join two names. */
  coordinators: ReadonlySet<string>;
  /** Matches a text that starts with a conjoiner or disjoiner and a space. */
  startsWithListLink: RegExp;
  /** Matches the whole text between two coordinated names: a comma, a conjoiner or both, perhaps an article ("X, Y and the Z"). */
  coordination: RegExp;
  contrasts: ReadonlySet<string>;
  genitives: ReadonlySet<string>;
  agents: ReadonlySet<string>;
  /** Matches a text whose last clause opened with a concession ("…, even as it continues to"). */
  endsInConcession: RegExp;
  /** Every closed-class word of the language. */
  all: ReadonlySet<string>;
}

const words = (list: string): string[] => list.trim().split(/\s+/).filter(Boolean);

function compile(pack: ClosedClassWords): ClosedClass {
  const definite = words(pack.definiteArticles);
  const indefinite = words(pack.indefiniteArticles);
  const demonstratives = words(pack.demonstratives);
  const articles = [...definite, ...indefinite];
  const determiners = [...articles, ...demonstratives, ...words(pack.determiners)];
  const possessives = words(pack.possessives);
  const prepositions = words(pack.prepositions);
  return {
    articles: new Set(articles),
    definite: new Set([...definite, ...demonstratives]),
    indefinite: new Set(indefinite),
    determiners: new Set(determiners),
    possessives: new Set(possessives),
    prepositions: new Set(prepositions),
    auxiliaries: new Set(words(pack.auxiliaries)),
    relatives: new Set(words(pack.relatives)),
    coordinators: new Set(phrasesOf(pack.conjoiners).filter((phrase) => !phrase.includes(' '))),
    startsWithListLink: new RegExp(`^${alternationOf([...phrasesOf(pack.conjoiners), ...phrasesOf(pack.disjoiners)])}\\s`, 'iu'),
    coordination: coordinationPattern(phrasesOf(pack.conjoiners), articles),
    contrasts: new Set(words(pack.contrasts)),
    genitives: new Set(words(pack.genitives)),
    agents: new Set(words(pack.agents)),
    endsInConcession: new RegExp(`(?:^|[^\\p{L}])${alternationOf(phrasesOf(pack.concessives))}(?![\\p{L}])[^,;]*$`, 'iu'),
    all: new Set([...determiners, ...possessives, ...prepositions, ...words(pack.other)]),
  };
}

function coordinationPattern(conjoiners: string[], articles: string[]): RegExp {
  const article = `(?:${alternationOf(articles)}\\s+)?`;
  return new RegExp(`^(?:\\s*,)?\\s+${alternationOf(conjoiners)}\\s+${article}$|^,\\s+${article}$`, 'iu');
}

const TABLE: PerLanguage<ClosedClass> = { en: compile(en), fr: compile(fr), de: compile(de), es: compile(es), pt: compile(pt) };

/** The closed-class words of the article's language. */
export function closedClassFor(lang: string | null | undefined): ClosedClass {
  return pick(TABLE, lang);
}
