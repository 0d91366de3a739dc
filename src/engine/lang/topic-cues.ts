/**
 * Topic cues per language: words of the article's language mapped to the
 * English words the topic and policy models were fitted on (CAP-coded
 * English headlines). English maps nothing: its own words are the features.
 */
import { TOPIC_CUES_DE, TOPIC_INFLECTIONS_DE } from './de/topic-cues.ts';
import { TOPIC_CUES_EN, TOPIC_INFLECTIONS_EN } from './en/topic-cues.ts';
import { TOPIC_CUES_ES, TOPIC_INFLECTIONS_ES } from './es/topic-cues.ts';
import { TOPIC_CUES_FR, TOPIC_INFLECTIONS_FR } from './fr/topic-cues.ts';
import type { Inflection } from '../detect/cue-matcher.ts';
import type { PerLanguage } from './index.ts';
import { TOPIC_CUES_PT, TOPIC_INFLECTIONS_PT } from './pt/topic-cues.ts';

export const TOPIC_CUES: PerLanguage<Readonly<Record<string, string>>> = {
  en: TOPIC_CUES_EN,
  fr: TOPIC_CUES_FR,
  de: TOPIC_CUES_DE,
  es: TOPIC_CUES_ES,
  pt: TOPIC_CUES_PT,
};

/** Per language, the inflection endings a word is tried without when no cue knows it as written. */
export const TOPIC_INFLECTIONS: PerLanguage<readonly Inflection[]> = {
  en: TOPIC_INFLECTIONS_EN,
  fr: TOPIC_INFLECTIONS_FR,
  de: TOPIC_INFLECTIONS_DE,
  es: TOPIC_INFLECTIONS_ES,
  pt: TOPIC_INFLECTIONS_PT,
};
