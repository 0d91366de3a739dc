/**
 * Words that make a capitalised name a work, a law, an event or a place rather than an actor ("Criminal Code",
 * "Labour Day"), per language; German compounds by their ending.
 */
import { NON_ACTORS as de } from './de/non-actors.ts';
import { NON_ACTORS as en } from './en/non-actors.ts';
import { NON_ACTORS as es } from './es/non-actors.ts';
import { NON_ACTORS as fr } from './fr/non-actors.ts';
import type { PerLanguage } from './index.ts';
import { NON_ACTORS as pt } from './pt/non-actors.ts';

/** As written in a pack: a space-separated lower-case word list. */
export interface NonActorWords {
  words: string;
  suffix: RegExp | null;
}

export const NON_ACTORS_BY_LANGUAGE: PerLanguage<NonActorWords> = { en, fr, de, es, pt };
