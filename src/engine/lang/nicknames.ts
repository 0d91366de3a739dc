/**
 * Short forms of first names per language ("Pat" for "Patrick"), so that two spellings of one person's name make
 * one actor.
 */
import { NICKNAMES as de } from './de/nicknames.ts';
import { NICKNAMES as en } from './en/nicknames.ts';
import { NICKNAMES as es } from './es/nicknames.ts';
import { NICKNAMES as fr } from './fr/nicknames.ts';
import type { PerLanguage } from './index.ts';
import { NICKNAMES as pt } from './pt/nicknames.ts';

/** As written in a pack: "formal:short,short" entries, space-separated, lower case. */
export interface NicknameWords {
  families: string;
}

export const NICKNAMES_BY_LANGUAGE: PerLanguage<NicknameWords> = { en, fr, de, es, pt };
