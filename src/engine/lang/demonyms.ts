/**
 * Nationality adjectives per language, written lower case and often after the noun ("le gouvernement français")
 * or, in German, before it ("die französische Regierung"); built from stems and each language's endings.
 */
import { DEMONYMS as de } from './de/demonyms.ts';
import { DEMONYMS as en } from './en/demonyms.ts';
import { DEMONYMS as es } from './es/demonyms.ts';
import { DEMONYMS as fr } from './fr/demonyms.ts';
import type { PerLanguage } from './index.ts';
import { DEMONYMS as pt } from './pt/demonyms.ts';

/** Regular-expression alternatives, each matching whole lower-case words. */
export interface DemonymForms {
  forms: readonly string[];
}

export const DEMONYMS_BY_LANGUAGE: PerLanguage<DemonymForms> = { en, fr, de, es, pt };
