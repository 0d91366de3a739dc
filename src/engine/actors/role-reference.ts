import { type ActorIndex, mentionsOf } from './actors-index.ts';
import { resolveBody, resolvePronoun } from './pronouns.ts';
import { findRoles } from './roles.ts';
import { tokenize } from '../text/tokens.ts';
import { actorWordsFor } from './vocabulary.ts';

/** Returned for "a senior official said": a speaker the article leaves unnamed, who inherits nothing. */
export const UNNAMED_SPEAKER = -2;

/** Longest description we read as a reference ("the Belgian health minister"). */
const MAX_REFERENCE_WORDS = 7;

/**
 * The actor a description without a name stands for: "the spokesperson" or
 * "the agency" → the organisation last named; "la ministre des Forêts", "el
 * inspector" → the person last named with that role; UNNAMED_SPEAKER for
 * indefinite descriptions ("a senior official"); null when the phrase is no description.
 */
export function resolveRoleReference(index: ActorIndex, phrase: string, at: number, lastSpeaker: number): number | null {
  // "In a statement, the ministry": the description is what follows the last comma.
  const afterComma = phrase.slice(phrase.lastIndexOf(',') + 1);
  const all = tokenize(/\p{L}/u.test(afterComma) ? afterComma : phrase);
  const { definite, indefinite } = index.closed;
  // "ainda o jornalista", "lors du vote le maire": the description starts at its determiner.
  const opening = all.findIndex((t, i) => i < 4 && (definite.has(t.lower) || indefinite.has(t.lower)));
  const tokens = opening > 0 ? all.slice(opening) : all;
  const first = tokens[0]?.lower;
  if (first === undefined || tokens.length > MAX_REFERENCE_WORDS) return null;
  const v = actorWordsFor(index.lang);
  // "der Konzern-Sprecher": a hyphenated compound is what its last part is.
  const nouns = tokens.slice(1).map((t) => t.lower.slice(t.lower.lastIndexOf('-') + 1));
  if (indefinite.has(first)) {
    // "a spokesperson said" speaks for the body last named; "a senior official" is nobody the article names.
    const body = nouns.some((n) => v.spokespersons.has(n)) ? resolveBody(index, at) : -1;
    return body >= 0 ? body : UNNAMED_SPEAKER;
  }
  if (!definite.has(first)) return null;
  if (nouns.some((n) => v.spokespersons.has(n) || v.bodyReferences.has(n))) {
    const body = resolveBody(index, at);
    return body >= 0 ? body : null;
  }
  const holder = roleHolder(index, nouns, at);
  return holder >= 0 ? holder : resolvePronoun(index, null, at, lastSpeaker);
}

/** The person last named before `at` whose role has one of the nouns ("la ministra" → the minister), or -1. */
export function roleHolder(index: ActorIndex, nouns: readonly string[], at: number): number {
  let best = -1;
  let bestAt = -1;
  for (const [ai, role] of findRoles(index)) {
    const roleWords = role.toLowerCase().split(/\s+/);
    // German compounds name their kind last: a "Rechtsanwalt" is "der Anwalt".
    if (!nouns.some((n) => n.length > 3 && roleWords.some((w) => w === n || (index.german && w.endsWith(n))))) continue;
    const actor = index.actors[ai];
    for (const { start } of actor ? mentionsOf(index, actor) : []) {
      if (start < at && start > bestAt) {
        best = ai;
        bestAt = start;
      }
    }
  }
  return best;
}
