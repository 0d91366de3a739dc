/**
 * Whose measure it is: "Harlan's tariffs", "the governor's new budget plan",
 * "Kraus' bill". The actor a measure belongs to is for it, as the one who
 * proposes it is; a weak cue, so what the actor says still decides.
 */

/** Nouns for a measure, a policy or a move that belongs to someone (English possessives only). */
const MEASURE =
  'plans?|proposals?|bills?|laws?|polic(?:y|ies)|reforms?|initiatives?|agenda|budget|tariffs?|orders?|decrees?|bans?|sanctions|deal|strategy|program(?:me)?s?|measures?|legislation|rules?|regulations?|crackdown|invitation|push|overhaul|roadmap';

/** After the name: "'s" (or a bare "'" after s), up to two describing words, then the measure. */
const OWNED_MEASURE = new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${MEASURE})\\b`, 'iu');

/** Weight of ownership: below stated cues, like an office's. */
export const OWNERSHIP_WEIGHT = 0.5;

/** Does the name ending at `nameEnd` own a measure ("X's plan")? */
export function ownsMeasure(text: string, nameEnd: number): boolean {
  return OWNED_MEASURE.test(text.slice(nameEnd, nameEnd + 60));
}
