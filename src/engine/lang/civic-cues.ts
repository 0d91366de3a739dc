/**
 * Civic cues per language: the words by which a page reports a public
 * decision or a demand on one, in three classes the policy model counts
 * (src/engine/detect/civic-features.ts): public authorities (government,
 * legislature, courts, elected offices), measures (law, bill, ban, tax,
 * regulation, ruling) and decisions (approve, vote, repeal, sue, protest).
 * A page about a domain (markets, research, sport) uses few of them.
 * Patterns are folded words (lower case, accents off): `stem*` matches words
 * starting with the stem, `*end` words ending with it (compounds).
 */
import { CIVIC_CUES_DE } from './de/civic-cues.ts';
import { CIVIC_CUES_EN } from './en/civic-cues.ts';
import { CIVIC_CUES_ES } from './es/civic-cues.ts';
import { CIVIC_CUES_FR } from './fr/civic-cues.ts';
import type { PerLanguage } from './index.ts';
import { CIVIC_CUES_PT } from './pt/civic-cues.ts';

/** As written in a pack: space-separated patterns per class. */
export interface CivicCueWords {
  authorities: string;
  measures: string;
  decisions: string;
}

export const CIVIC_CUES: PerLanguage<CivicCueWords> = {
  en: CIVIC_CUES_EN,
  fr: CIVIC_CUES_FR,
  de: CIVIC_CUES_DE,
  es: CIVIC_CUES_ES,
  pt: CIVIC_CUES_PT,
};
