/**
 * Titles written before a person's name, per language: office titles and honorifics, the ones that tell a
 * gender, the abbreviated ones (shown with their full stop), and German compound titles by their ending.
 */
import { TITLES as de } from './de/titles.ts';
import { TITLES as en } from './en/titles.ts';
import { TITLES as es } from './es/titles.ts';
import { TITLES as fr } from './fr/titles.ts';
import type { PerLanguage } from './index.ts';
import { TITLES as pt } from './pt/titles.ts';

/** As written in a pack: space-separated lower-case word lists. */
export interface TitleWords {
  titles: string;
  male: string;
  female: string;
  /** Titles that only say how to address someone ("Dr", "Me"): no role worth showing. */
  addressOnly: string;
  abbreviated: string;
  compoundSuffix: RegExp | null;
}

export const TITLES_BY_LANGUAGE: PerLanguage<TitleWords> = { en, fr, de, es, pt };
