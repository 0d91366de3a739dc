/** Per language: measure and decision words, and words that end a phrase (src/engine/issue/). */
import { MEASURE_WORDS_DE, PHRASE_BREAKS_DE } from './de/issue-words.ts';
import { MEASURE_WORDS_EN, PHRASE_BREAKS_EN } from './en/issue-words.ts';
import { MEASURE_WORDS_ES, PHRASE_BREAKS_ES } from './es/issue-words.ts';
import { MEASURE_WORDS_FR, PHRASE_BREAKS_FR } from './fr/issue-words.ts';
import type { PerLanguage } from './index.ts';
import { MEASURE_WORDS_PT, PHRASE_BREAKS_PT } from './pt/issue-words.ts';

export interface IssueWords {
  measures: readonly string[];
  breaks: readonly string[];
}

export const ISSUE_WORDS: PerLanguage<IssueWords> = {
  en: { measures: MEASURE_WORDS_EN, breaks: PHRASE_BREAKS_EN },
  fr: { measures: MEASURE_WORDS_FR, breaks: PHRASE_BREAKS_FR },
  de: { measures: MEASURE_WORDS_DE, breaks: PHRASE_BREAKS_DE },
  es: { measures: MEASURE_WORDS_ES, breaks: PHRASE_BREAKS_ES },
  pt: { measures: MEASURE_WORDS_PT, breaks: PHRASE_BREAKS_PT },
};
