/**
 * Nouns for a person's office or function, per language: the head of a role ("a Belgian official"), roles whose
 * holders analyse rather than take sides, words for someone speaking for a body, and modifiers written before a
 * role.
 */
import { ROLE_NOUNS as de } from './de/role-nouns.ts';
import { ROLE_NOUNS as en } from './en/role-nouns.ts';
import { ROLE_NOUNS as es } from './es/role-nouns.ts';
import { ROLE_NOUNS as fr } from './fr/role-nouns.ts';
import type { PerLanguage } from './index.ts';
import { ROLE_NOUNS as pt } from './pt/role-nouns.ts';

/** As written in a pack: space-separated lower-case word lists. */
export interface RoleNounWords {
  nouns: string;
  analysts: string;
  spokespersons: string;
  modifiers: string;
}

export const ROLE_NOUNS_BY_LANGUAGE: PerLanguage<RoleNounWords> = { en, fr, de, es, pt };
