/**
 * Capitalised words that are not names. Any language capitalises the
 * closed-class word that opens a sentence ("Ein", "However"); German also
 * capitalises every noun ("die Erklärung", "eine Kundgebung"). A word the
 * article also writes right after a determiner is a common noun there (in
 * English "the Harlan administration" proves nothing, so only languages that
 * capitalise nouns take that evidence). As a one-word name, such a word never speaks.
 */
import { closedClassFor } from '../lang/closed-class.ts';
import { type PerLanguage, pick } from '../lang/index.ts';

/** Languages whose common nouns are capitalised. */
const CAPITALISES_NOUNS: PerLanguage<boolean> = { en: false, fr: false, de: true, es: false, pt: false };

/** Lower-cased words that, capitalised, are still no names: closed-class words, and (German) nouns seen after a determiner. */
export function commonNounsOf(text: string, lang: string | null | undefined): ReadonlySet<string> {
  const closed = closedClassFor(lang);
  const nouns = new Set<string>(closed.all);
  if (!pick(CAPITALISES_NOUNS, lang)) return nouns;
  // Matches start at a word's start only, so a long run of letters costs linear time.
  for (const m of text.matchAll(/(?<!\p{L})(\p{L}+)\s+(\p{Lu}[\p{L}\p{M}-]*)/gu)) {
    const [, determiner, word] = m;
    if (determiner && word && closed.determiners.has(determiner.toLowerCase())) nouns.add(word.toLowerCase());
  }
  return nouns;
}

/** A one-word lone name that the article uses as a common noun or closed-class word. */
export function isCommonNoun(nouns: ReadonlySet<string>, name: string): boolean {
  const word = name.trim();
  return !/\s/.test(word) && nouns.has(word.toLowerCase());
}
