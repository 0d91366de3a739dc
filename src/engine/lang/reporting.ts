/**
 * Reported speech, per language: the verbs that report it ("said", "a
 * déclaré", "sagte"), the prepositions and phrases that credit a source
 * ("selon", "laut", "according to"), and the words that may stand between a
 * speaker and the verb ("has also said"). A stage uses its article's language only.
 */
import { REPORTING as de } from './de/reporting.ts';
import { REPORTING as en } from './en/reporting.ts';
import { REPORTING as es } from './es/reporting.ts';
import { REPORTING as fr } from './fr/reporting.ts';
import { type PerLanguage, pick } from './index.ts';
import { withLetterBoundaries } from './letter-boundary.ts';
import { phrasesOf } from './phrase-pattern.ts';
import { REPORTING as pt } from './pt/reporting.ts';

/** As written in a pack: space-separated word lists. */
export interface ReportingWords {
  verbs: string;
  sourcePrepositions: string;
  /** Multi-word source phrases, matched just before the source's name; `\b` is a word's edge in any script. */
  sourcePhrase: RegExp | null;
  fillers: string;
  /** Words that open the reported content ("said that", "sagte, dass"): a name after them is what was said, not who said it. */
  complementisers: string;
  /** Verb forms only reported speech uses (German Konjunktiv I: „…“ sei, habe, werde): a short quotation beside one is someone's words. */
  reportedMood: string;
  /**
   * Other words that make a quotation beside them someone's words without
   * naming who spoke as their subject: speech nouns ("statement", "interview"),
   * verbs that label what was said ("called it", "praised"), source words ("according").
   */
  speechWords: string;
  /** Nouns for what a body issues ("statement", "comunicado", "Mitteilung"): the name after them ("a statement from X") issued the words. */
  statementNouns: string;
  /** Words that may stand between a statement noun or a spokesperson and its issuer ("from the", "for", "del", "des"); "a letter to X" names no issuer. */
  issuerLinks: string;
  /** Documents quoted as speaking ("the bill says", „…“, heißt es im Bericht), every inflected form, comma-separated phrases. */
  documents: string;
}

export interface Reporting {
  verbs: ReadonlySet<string>;
  sourcePrepositions: ReadonlySet<string>;
  sourcePhrase: RegExp | null;
  fillers: ReadonlySet<string>;
  complementisers: ReadonlySet<string>;
  reportedMood: ReadonlySet<string>;
  speechWords: ReadonlySet<string>;
  statementNouns: ReadonlySet<string>;
  issuerLinks: ReadonlySet<string>;
  documents: string[];
}

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/).filter(Boolean));

function compile(pack: ReportingWords): Reporting {
  return { verbs: words(pack.verbs), sourcePrepositions: words(pack.sourcePrepositions), sourcePhrase: pack.sourcePhrase ? withLetterBoundaries(pack.sourcePhrase) : null, fillers: words(pack.fillers), complementisers: words(pack.complementisers), reportedMood: words(pack.reportedMood), speechWords: words(pack.speechWords), statementNouns: words(pack.statementNouns), issuerLinks: words(pack.issuerLinks), documents: phrasesOf(pack.documents) };
}

const TABLE: PerLanguage<Reporting> = { en: compile(en), fr: compile(fr), de: compile(de), es: compile(es), pt: compile(pt) };

/** The reporting words of the article's language. */
export function reportingFor(lang: string | null | undefined): Reporting {
  return pick(TABLE, lang);
}

/** Whether a word of the article's language says that a quotation beside it is speech: a reporting verb, its mood, or a speech word. */
export function isSpeechCue(reporting: Reporting, word: string): boolean {
  return reporting.verbs.has(word) || reporting.speechWords.has(word) || reporting.reportedMood.has(word);
}
