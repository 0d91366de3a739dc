/**
 * Stance that an actor's office states by itself. A prosecutor named in a
 * policy story is the one bringing the case: without a stance word, the
 * office is still evidence that they support the prosecution. Defence
 * lawyers are left out on purpose: whether they "oppose" the case or
 * "support" leniency depends on how the article frames the question.
 */

/** Offices that bring prosecutions, in the five languages (matched lower-cased). */
const OFFICES =
  "prosecutors?|prosecution|district attorneys?|u\\.?\\s?s\\.? attorneys?|state'?s attorneys?|procureure?s?|parquet|staatsanw\\p{L}*|fiscal(?:es|ía)? general|fiscalía|fiscales|promotora?e?s?|procurador(?:a|es)?|ministério público|ministerio público";
const OFFICE_IN_ROLE = new RegExp(`(?<!\\p{L})(?:${OFFICES})(?!\\p{L})`, 'u');
/** Before a name, the Spanish "fiscal" is an office too ("el fiscal Ramón Quiroga"); elsewhere it is mostly budgets. */
const OFFICE_BEFORE_NAME = new RegExp(`(?<!\\p{L})(?:${OFFICES}|fiscal)(?!\\p{L})`, 'gu');
/** Only the name may stand between the office and the end of the phrase ("District Prosecutor| Hollis Brandt Jr."). */
const NAME_ONLY = /^(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/** Weight of an office-based stance: below any stated cue, so what the actor says or does decides. */
export const ROLE_STANCE_WEIGHT = 0.5;

/**
 * The signed stance value implied by an actor's role, or by the office
 * written right before their name (`phrase` ends with the name), or 0.
 */
export function roleStance(role: string | null, phrase: string): number {
  if (role && OFFICE_IN_ROLE.test(role.toLowerCase())) return ROLE_STANCE_WEIGHT;
  const offices = [...phrase.toLowerCase().matchAll(OFFICE_BEFORE_NAME)];
  const last = offices[offices.length - 1];
  if (!last) return 0;
  return NAME_ONLY.test(phrase.slice(last.index + last[0].length)) ? ROLE_STANCE_WEIGHT : 0;
}
