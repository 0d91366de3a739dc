/**
 * Organisations per language: head words that make a capitalised run a body ("Commission", "Ministerium"),
 * connectors inside bodies' names, nouns after a name that make it a body ("Harlan
 * administration"), portfolios that name a ministry, and nouns that refer back to the body last named ("the
 * agency said").
 */
import { BODIES as de } from './de/bodies.ts';
import { BODIES as en } from './en/bodies.ts';
import { BODIES as es } from './es/bodies.ts';
import { BODIES as fr } from './fr/bodies.ts';
import type { PerLanguage } from './index.ts';
import { BODIES as pt } from './pt/bodies.ts';

/** As written in a pack: space-separated lower-case word lists. */
export interface BodyWords {
  heads: string;
  /** Compound nouns ending in a head word are heads too ("Verkehrsministerium"); null where nouns do not compound. */
  compoundSuffix: RegExp | null;
  connectors: string;
  afterName: string;
  portfolios: string;
  references: string;
}

export const BODIES_BY_LANGUAGE: PerLanguage<BodyWords> = { en, fr, de, es, pt };
