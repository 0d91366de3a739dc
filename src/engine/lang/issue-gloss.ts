/**
 * Per language: measure and decision words in English, added to the topic
 * cues to write an article's issue in English (src/engine/issue/english.ts).
 * English maps nothing: its phrase is already the answer.
 */
import { COMMON_NOUNS_DE, COMMON_NOUN_ENDINGS_DE, ISSUE_CONCEPTS_DE, ISSUE_GLOSS_DE } from './de/issue-gloss.ts';
import { ISSUE_CONCEPTS_ES, ISSUE_GLOSS_ES } from './es/issue-gloss.ts';
import { ISSUE_CONCEPTS_FR, ISSUE_GLOSS_FR } from './fr/issue-gloss.ts';
import type { PerLanguage } from './index.ts';
import { ISSUE_CONCEPTS_PT, ISSUE_GLOSS_PT } from './pt/issue-gloss.ts';

export interface IssueGloss {
  /** Word or phrase patterns (folded; `stem*`, `*end`) → English. */
  english: Readonly<Record<string, string>>;
  /** Common nouns a language capitalises (German): not names, so not carried over. */
  commonNouns: readonly string[];
  /** Endings of common nouns (German "-ung", "-heit"), folded: a capitalised word with one is not a name. */
  commonNounEndings: readonly string[];
}

/** A pack's concept lists (English → its forms) and its measure words as one pattern → English table; a measure word wins. */
function glossOf(concepts: Readonly<Record<string, readonly string[]>>, measures: Readonly<Record<string, string>>): Record<string, string> {
  const forms = Object.entries(concepts).flatMap(([english, patterns]) => patterns.map((pattern) => [pattern, english] as const));
  return { ...Object.fromEntries(forms), ...measures };
}

export const ISSUE_GLOSS: PerLanguage<IssueGloss> = {
  en: { english: {}, commonNouns: [], commonNounEndings: [] },
  fr: { english: glossOf(ISSUE_CONCEPTS_FR, ISSUE_GLOSS_FR), commonNouns: [], commonNounEndings: [] },
  de: { english: glossOf(ISSUE_CONCEPTS_DE, ISSUE_GLOSS_DE), commonNouns: COMMON_NOUNS_DE, commonNounEndings: COMMON_NOUN_ENDINGS_DE },
  es: { english: glossOf(ISSUE_CONCEPTS_ES, ISSUE_GLOSS_ES), commonNouns: [], commonNounEndings: [] },
  pt: { english: glossOf(ISSUE_CONCEPTS_PT, ISSUE_GLOSS_PT), commonNouns: [], commonNounEndings: [] },
};
