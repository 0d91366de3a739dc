/**
 * Collective actors per language: plural nouns ("critics", "farmers"), those that need a qualifier to name
 * anyone ("Belgian officials", not "officials"), multi-word collectives, nouns whose very name states a side,
 * qualifiers written before the noun and quantifiers that are no part of the name.
 */
import { GROUP_NOUNS as de } from './de/group-nouns.ts';
import { GROUP_NOUNS as en } from './en/group-nouns.ts';
import { GROUP_NOUNS as es } from './es/group-nouns.ts';
import { GROUP_NOUNS as fr } from './fr/group-nouns.ts';
import type { PerLanguage } from './index.ts';
import { GROUP_NOUNS as pt } from './pt/group-nouns.ts';

/** As written in a pack: space-separated lower-case word lists, phrases one per entry. */
export interface GroupNounWords {
  nouns: string;
  needQualifier: string;
  phrases: readonly string[];
  opposing: string;
  supporting: string;
  /** People who campaign ("activists"): they act on the question, which way the article must say. */
  campaigning: string;
  qualifiers: string;
  /** Party adjectives that name a group when written capitalised before its noun ("Democratic senators"). */
  parties: string;
  quantifiers: string;
}

export const GROUP_NOUNS_BY_LANGUAGE: PerLanguage<GroupNounWords> = { en, fr, de, es, pt };
