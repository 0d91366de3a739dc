/** Per language: measure and decision words, words that end a phrase, and the closed-class words a phrase is trimmed of (src/engine/issue/). */
import { EDGE_WORDS_DE, MEASURE_WORDS_DE, PHRASE_BREAKS_DE } from './de/issue-words.ts';
import { EDGE_WORDS_EN, MEASURE_WORDS_EN, PHRASE_BREAKS_EN } from './en/issue-words.ts';
import { EDGE_WORDS_ES, MEASURE_WORDS_ES, PHRASE_BREAKS_ES } from './es/issue-words.ts';
import { EDGE_WORDS_FR, MEASURE_WORDS_FR, PHRASE_BREAKS_FR } from './fr/issue-words.ts';
import type { PerLanguage } from './index.ts';
import { EDGE_WORDS_PT, MEASURE_WORDS_PT, PHRASE_BREAKS_PT } from './pt/issue-words.ts';

export interface IssueWords {
  measures: readonly string[];
  breaks: readonly string[];
  /** Closed-class words (articles, prepositions, pronouns, auxiliaries): trimmed off a phrase's ends, not counted as content. */
  edges: readonly string[];
  /** Whether every noun is capitalised (German), so a capital does not mark a name. */
  nounsCapitalised: boolean;
}

export const ISSUE_WORDS: PerLanguage<IssueWords> = {
  en: { measures: MEASURE_WORDS_EN, breaks: PHRASE_BREAKS_EN, edges: EDGE_WORDS_EN, nounsCapitalised: false },
  fr: { measures: MEASURE_WORDS_FR, breaks: PHRASE_BREAKS_FR, edges: EDGE_WORDS_FR, nounsCapitalised: false },
  de: { measures: MEASURE_WORDS_DE, breaks: PHRASE_BREAKS_DE, edges: EDGE_WORDS_DE, nounsCapitalised: true },
  es: { measures: MEASURE_WORDS_ES, breaks: PHRASE_BREAKS_ES, edges: EDGE_WORDS_ES, nounsCapitalised: false },
  pt: { measures: MEASURE_WORDS_PT, breaks: PHRASE_BREAKS_PT, edges: EDGE_WORDS_PT, nounsCapitalised: false },
};
