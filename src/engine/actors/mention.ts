import type { Gender } from './name-lexicon.ts';
import type { Token } from '../text/tokens.ts';
import { NAME_SUFFIXES } from './vocabulary.ts';

/**
 * - person: a personal name (full or surname)
 * - organisation: a named body or its acronym
 * - group: a collective actor ("Belgian officials", "critics")
 * - name: a capitalised name not yet known to be a person (a lone surname, a German noun pair)
 * - place: a country or city, which can act as its government ("Beijing said")
 * - pronoun: a subject pronoun, resolved later
 */
export type MentionKind = 'person' | 'organisation' | 'group' | 'name' | 'place' | 'pronoun';

export interface Mention {
  kind: MentionKind;
  /** The name without leading titles or determiners ("Maxime Prévot", "Commission", "Belgian officials"). */
  text: string;
  /** Name words, lower case, for merging variants. */
  words: string[];
  start: number;
  end: number;
  blockIndex: number;
  /** Title words in front of the name ("Gov.", "President"), as written. */
  title: string | null;
  gender: Gender;
  /** Pronouns: refers to several (they, ils, sie in plural use). */
  plural: boolean;
}

export function makeMention(text: string, kind: MentionKind, ts: Token[], blockIndex: number, title: string | null, gender: Gender): Mention {
  return {
    kind,
    text: text.slice(ts[0]!.start, ts[ts.length - 1]!.end),
    words: ts.filter((t) => !NAME_SUFFIXES.has(t.lower)).map((t) => t.lower),
    start: ts[0]!.start,
    end: ts[ts.length - 1]!.end,
    blockIndex,
    title,
    gender,
    plural: false,
  };
}

const ARTICLE_OR_PREPOSITION = /(?:\b(?:the|a|an|of|in|on|at|to|for|from|le|la|les|de|du|des|à|au|en|der|die|das|den|dem|im|am|von|el|los|las|del|o|os|as|do|da|dos|no|na)\s+|\b[dl]['’])$/i;

/** "la ministre des Forêts": a capitalised word right after an article or preposition is not a person's name. */
export function followsArticleOrPreposition(text: string, m: { start: number }): boolean {
  return ARTICLE_OR_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start));
}

const GERMAN_ARTICLE = /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+$/iu;

/** "dem Tod", "die Erklärung": German writes a person's name without an article, so a capitalised word after one is a noun. */
export function followsGermanArticle(text: string, start: number): boolean {
  return GERMAN_ARTICLE.test(text.slice(Math.max(0, start - 8), start));
}

/** Words before a mention that make it an object, not a subject ("repatriation of migrants", "engaging with the Taliban"). */
const OBJECT_LINK = /\b(?:of|to|for|with|from|on|in|at|into|against|about|by|before|after|among|between|toward|towards|than|via|under|over|de|du|des|à|au|aux|pour|avec|contre|von|mit|für|zu|gegen|über|con|para|a|em|com|contra|sobre|da|do|das|dos)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]|el\s+|los\s+|las\s+|o\s+|os\s+|as\s+|der\s+|die\s+|den\s+|dem\s+)?$/i;

export function followsPreposition(text: string, m: { start: number }, from = 0): boolean {
  return OBJECT_LINK.test(text.slice(Math.max(from, m.start - 25), m.start));
}
