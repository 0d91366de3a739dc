/**
 * Language of a page: the declared <html lang> when there is one, else a
 * guess from the most frequent function words. Function words are the
 * cheapest reliable cue for the handful of languages the engine reads.
 */

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'was', 'for', 'he', 'she', 'they', 'have', 'this', 'from', 'which', 'said'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'ont'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'den', 'mit', 'von', 'sich', 'auf', 'ein', 'eine', 'auch', 'dem', 'wird', 'sie'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'por', 'una', 'con', 'para', 'se', 'es', 'como', 'pero', 'su', 'fue', 'al'],
  pt: ['o', 'os', 'do', 'da', 'dos', 'das', 'que', 'e', 'não', 'uma', 'com', 'para', 'em', 'no', 'na', 'foi', 'ao'],
  it: ['il', 'gli', 'della', 'che', 'di', 'non', 'una', 'per', 'sono', 'con', 'nel', 'alla', 'anche', 'è', 'lo', 'dei', 'ha'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'zijn', 'met', 'voor', 'op', 'ook', 'wordt', 'naar', 'bij', 'maar', 'heeft'],
};

const WORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) WORD_LANGS.set(word, [...(WORD_LANGS.get(word) ?? []), lang]);
}

/** Enough words to decide; reading more only costs time. */
const SAMPLE_CHARS = 4000;

/** Primary subtag of a declared language ("en-GB" → "en"); null when absent or not a language tag. */
export function primaryLanguage(declared: string | null | undefined): string | null {
  const match = /^\s*([a-zA-Z]{2,3})(?:[-_]|\s*$)/.exec(declared ?? '');
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * The language of an article: the declared one, unless the text is plainly
 * in another language the guesser knows (CMS templates often say lang="en"
 * on every page). Languages the guesser does not know are trusted as declared.
 */
export function articleLanguage(declared: string | null, text: string): string | null {
  const guess = guessLanguage(text);
  if (!declared) return guess;
  return guess && declared in FUNCTION_WORDS && guess !== declared ? guess : declared;
}

/** Best guess among en/fr/de/es/pt/it/nl from function words; null when the text gives too little to go on. */
export function guessLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const word of text.slice(0, SAMPLE_CHARS).toLowerCase().split(/[^\p{L}]+/u)) {
    const langs = WORD_LANGS.get(word);
    if (!langs) continue;
    total++;
    for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1 / langs.length);
  }
  if (total < 5) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}
