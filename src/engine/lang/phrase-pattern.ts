/**
 * Packs write multi-word entries as comma-separated phrases ("as well as",
 * "projet de loi"); these turn them into one regular-expression alternation,
 * longest first so "proyecto de ley" wins over "proyecto".
 */

export function phrasesOf(list: string): string[] {
  return list
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
}

/** A non-capturing alternation of the phrases, special characters escaped, any run of spaces between their words. */
export function alternationOf(phrases: Iterable<string>): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${sorted.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`;
}
