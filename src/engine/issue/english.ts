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
import { wordsOf } from '../detect/topic-features.ts';
import { closedClassFor } from '../lang/closed-class.ts';
import { packCodeOf, pick } from '../lang/index.ts';
import { ISSUE_GLOSS } from '../lang/issue-gloss.ts';
import { TOPIC_CUES } from '../lang/topic-cues.ts';

interface Glosser {
  matcher: CueMatcher;
  /** Words never carried over as names: closed-class words and common nouns. */
  notNames: ReadonlySet<string>;
}

const glossers = new Map<string, Glosser>();

function glosserFor(code: string): Glosser {
  let glosser = glossers.get(code);
  if (!glosser) {
    const pack = pick(ISSUE_GLOSS, code);
    glosser = {
      // The issue pack's words win over a topic cue for the same key.
      matcher: compileCues({ ...pick(TOPIC_CUES, code), ...pack.english }, (english) => english),
      notNames: new Set([...closedClassFor(code).all, ...pack.commonNouns]),
    };
    glossers.set(code, glosser);
  }
  return glosser;
}

const looksLikeName = (shown: string): boolean => /^\p{Lu}/u.test(shown) || /\d/.test(shown);

export function englishIssue(phrase: string, lang: string | null | undefined): string {
  const code = packCodeOf(lang);
  if (code === 'en') return phrase;
  // Parts of a hyphenated compound are glossed one by one ("EU-Verbot" → EU ban).
  const words = wordsOf(phrase.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '));
  const { matcher, notNames } = glosserFor(code);
  const hits = matcher.match(words);
  const out: string[] = [];
  let next = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) continue;
    const hit = hits[next];
    if (hit && hit.shown.split(' ')[0] === word.shown) {
      // One matched span may give several English words ("Klimaschutzgesetz" → climate, law).
      const span = hit.shown;
      while (hits[next]?.shown === span) out.push(hits[next++]?.target ?? '');
      i += span.split(' ').length - 1;
    } else if (looksLikeName(word.shown) && !notNames.has(word.folded)) out.push(word.shown);
  }
  const english = [...new Set(out.filter(Boolean))].join(' ');
  return english || phrase;
}
