/**
 * Whether a mention is the subject of its clause: an actor the article shows
 * doing something ("the ministry rejected…", "die Regierung hat…", "el
 * ministerio presentó…"), not one it names in passing ("a report by…").
 * Told by position alone, in any language: the mention opens its clause and its
 * verb follows it (see verbFollows).
 */
import type { ClosedClass } from '../lang/closed-class.ts';
import type { Mention } from './mention.ts';

/** How far back the clause's start is looked for; a longer run of words is not a clause opening. */
const LOOK_BACK = 40;
/** How far after the mention its verb is looked for. */
const LOOK_AHEAD = 60;
/** Words of a name coordinated with the mention ("Kell and Dana Ruiz signed"). */
const MAX_COORDINATED_WORDS = 4;
/** Words that may stand before the subject in its clause: "But the", "Yesterday,". */
const MAX_OPENING_WORDS = 2;
/** Marks that end a clause or open an aside. */
const CLAUSE_BREAK = /[.;:!?,()\n"“”«»„—–]/u;

export function opensClause(text: string, m: Pick<Mention, 'start' | 'end'>, closed: ClosedClass): boolean {
  const before = text.slice(Math.max(0, m.start - LOOK_BACK), m.start);
  const parts = before.split(CLAUSE_BREAK);
  // No break within reach and text before it: the mention stands deep inside a clause.
  if (parts.length === 1 && m.start > LOOK_BACK) return false;
  const opening = (parts[parts.length - 1] ?? '').match(/\p{L}+/gu) ?? [];
  if (opening.length > MAX_OPENING_WORDS) return false;
  if (!opening.every((w) => closed.all.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) return false;
  return verbFollows(text.slice(m.end, m.end + LOOK_AHEAD), closed);
}

/**
 * The clause's verb comes next: a lower-case word that is not a closed-class word, or an auxiliary ("is charged",
 * "hat erklärt"), perhaps after a coordinated name ("Kell and Ruiz signed": both are subjects).
 */
function verbFollows(after: string, closed: ClosedClass): boolean {
  const words = after.match(/^(?:\s+\p{L}[\p{L}'’-]*)+/u)?.[0].trim().split(/\s+/) ?? [];
  let i = 0;
  if (closed.coordinators.has((words[0] ?? '').toLowerCase())) {
    i = 1;
    while (i < words.length && i <= MAX_COORDINATED_WORDS && /^\p{Lu}/u.test(words[i] ?? '')) i++;
    if (i === 1) return false;
  }
  const verb = words[i] ?? '';
  return /^\p{Ll}/u.test(verb) && (!closed.all.has(verb) || closed.auxiliaries.has(verb));
}
