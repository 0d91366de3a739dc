/**
 * The issue phrase in English, as the CLI reports it for every language: a
 * word-for-word gloss of the page-language phrase. Words the language pack
 * knows (measure and decision words, the topic cues' policy vocabulary)
 * become their English words; names (capitalised words that are not
 * closed-class, acronyms, numbers) carry over as they are; other words go,
 * since an untranslated common word only dilutes the phrase. A phrase with
 * nothing to keep stays as it was.
 */
import { type CueMatcher, compileCues } from '../detect/cue-matcher.ts';
import { type Word, wordsOf } from '../detect/topic-features.ts';
import { closedClassFor } from '../lang/closed-class.ts';
import { GROUP_NOUNS_BY_LANGUAGE } from '../lang/group-nouns.ts';
import { packCodeOf, pick } from '../lang/index.ts';
import { ISSUE_GLOSS } from '../lang/issue-gloss.ts';
import { NON_ACTORS_BY_LANGUAGE } from '../lang/non-actors.ts';
import { ROLE_NOUNS_BY_LANGUAGE } from '../lang/role-nouns.ts';
import { TOPIC_CUES, TOPIC_INFLECTIONS } from '../lang/topic-cues.ts';

interface Glosser {
  matcher: CueMatcher;
  /** Words never carried over as names: closed-class words and common nouns. */
  notNames: ReadonlySet<string>;
  nounEndings: readonly string[];
}

const glossers = new Map<string, Glosser>();

const foldedWords = (list: string): string[] =>
  list.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/\s+/).filter(Boolean);

/** The nouns the pack knows for roles, groups and things ("Sprecher", "Kritiker", "Vertrag"): capitalised in German, but no one's name. */
function knownCommonNouns(code: string): string[] {
  const roles = pick(ROLE_NOUNS_BY_LANGUAGE, code);
  const groups = pick(GROUP_NOUNS_BY_LANGUAGE, code);
  return foldedWords([roles.nouns, roles.analysts, roles.spokespersons, groups.nouns, pick(NON_ACTORS_BY_LANGUAGE, code).words].join(' '));
}

function glosserFor(code: string): Glosser {
  let glosser = glossers.get(code);
  if (!glosser) {
    const pack = pick(ISSUE_GLOSS, code);
    glosser = {
      // The issue pack's words win over a topic cue for the same key.
      matcher: compileCues({ ...pick(TOPIC_CUES, code), ...pack.english }, (english) => english, pick(TOPIC_INFLECTIONS, code)),
      notNames: new Set([...closedClassFor(code).all, ...pack.commonNouns, ...knownCommonNouns(code)]),
      nounEndings: pack.commonNounEndings,
    };
    glossers.set(code, glosser);
  }
  return glosser;
}

const looksLikeName = (shown: string): boolean => /^\p{Lu}/u.test(shown) || /\d/.test(shown);
const isAcronym = (shown: string): boolean => /^\p{Lu}.*\p{Lu}/u.test(shown);

/** A capitalised word with a common noun's ending ("-ung", "-heit") is no name, whatever its capital says. */
function endsLikeCommonNoun(folded: string, endings: readonly string[]): boolean {
  return endings.some((ending) => folded.endsWith(ending) && folded.length > ending.length + 2);
}

/** One word or phrase of the page kept in the English issue: its English words, or the name it carries over. */
export interface GlossedTerm {
  /** Index of its first word in the words given. */
  at: number;
  /** How many of those words it spans. */
  length: number;
  english: string[];
}

/** The terms of a run of page-language words that the English phrase keeps, in order. */
export function glossTerms(words: readonly Word[], code: string): GlossedTerm[] {
  const { matcher, notNames, nounEndings } = glosserFor(code);
  const hits = matcher.match(words);
  const out: GlossedTerm[] = [];
  let next = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) continue;
    const hit = hits[next];
    if (hit && hit.shown === word.shown && isAcronym(word.shown)) {
      // An acronym is the name a reader knows ("AfD", "EU"), not the cue's general word for it ("party").
      while (hits[next]?.shown === word.shown) next++;
      out.push({ at: i, length: 1, english: [word.shown] });
    } else if (hit && hit.shown.split(' ')[0] === word.shown) {
      // One matched span may give several English words ("Klimaschutzgesetz" → climate, law).
      const span = hit.shown;
      const english: string[] = [];
      while (hits[next]?.shown === span) english.push(hits[next++]?.target ?? '');
      const length = span.split(' ').length;
      out.push({ at: i, length, english: english.filter(Boolean) });
      i += length - 1;
    } else if (looksLikeName(word.shown) && !notNames.has(word.folded) && !endsLikeCommonNoun(word.folded, nounEndings)) {
      out.push({ at: i, length: 1, english: [word.shown] });
    }
  }
  return out;
}

/** Parts of a hyphenated compound are glossed one by one ("EU-Verbot" → EU ban). */
export const glossableWords = (text: string): Word[] => wordsOf(text.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '));

export function englishIssue(phrase: string, lang: string | null | undefined): string {
  const code = packCodeOf(lang);
  if (code === 'en') return phrase;
  const english = [...new Set(glossTerms(glossableWords(phrase), code).flatMap((term) => term.english))].join(' ');
  return english || phrase;
}
