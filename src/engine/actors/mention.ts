import type { Gender } from './name-lexicon.ts';
import type { ClosedClass } from '../lang/closed-class.ts';
import type { Token } from '../text/tokens.ts';
import { wordBefore } from '../text/word-before.ts';
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
  const start = ts[0]?.start ?? 0;
  const end = ts.at(-1)?.end ?? start;
  return {
    kind,
    text: text.slice(start, end),
    words: ts.filter((t) => !NAME_SUFFIXES.has(t.lower)).map((t) => t.lower),
    start,
    end,
    blockIndex,
    title,
    gender,
    plural: false,
  };
}

/** "la ministre des Forêts": a capitalised word right after an article or preposition is not a person's name. */
export function followsArticleOrPreposition(text: string, m: { start: number }, closed: ClosedClass): boolean {
  const { word } = wordBefore(text, m.start);
  return closed.articles.has(word) || closed.prepositions.has(word);
}

/** "dem Tod", "die Erklärung": German writes a person's name without an article, so a capitalised word after one is a noun. */
export function followsArticle(text: string, start: number, closed: ClosedClass): boolean {
  return closed.articles.has(wordBefore(text, start).word);
}

/** A preposition, perhaps with its article, before a mention makes it an object ("repatriation of migrants", "engaging with the Taliban"). */
export function followsPreposition(text: string, m: { start: number }, closed: ClosedClass, from = 0): boolean {
  const before = wordBefore(text, m.start);
  const link = closed.articles.has(before.word) ? wordBefore(text, before.start) : before;
  return link.start >= from && closed.prepositions.has(link.word);
}
