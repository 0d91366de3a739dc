/**
 * Language packs: every word list the engine matches is data, kept per
 * language in `src/engine/lang/<code>/` (one file per concept: closed-class
 * words, reporting verbs, titles, stance cues…), plus `any/` for what holds in
 * every language (quote marks, digits). A stage asks for the pack of the
 * article's language only, so one language's words never match another's text.
 */

export const PACK_CODES = ['en', 'fr', 'de', 'es', 'pt'] as const;
export type PackCode = (typeof PACK_CODES)[number];

/** The pack for a BCP 47 language tag ("en-GB" → "en"); English when the language is unknown or has no pack. */
export function packCodeOf(lang: string | null | undefined): PackCode {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return (PACK_CODES as readonly string[]).includes(primary) ? (primary as PackCode) : 'en';
}

/** A concept's data for every language; `pick` returns the article's language's entry only. */
export type PerLanguage<T> = Readonly<Record<PackCode, T>>;

export function pick<T>(table: PerLanguage<T>, lang: string | null | undefined): T {
  return table[packCodeOf(lang)];
}
