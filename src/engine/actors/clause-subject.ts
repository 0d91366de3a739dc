/**
 * Whether a mention is the subject of its clause: an actor the article shows
 * doing something ("the ministry rejected…", "die Regierung hat…", "el
 * ministerio presentó…"), not one it names in passing ("a report by…").
 * Told by position alone, in any language: the mention opens its clause and a
 * lower-case word that is not a closed-class word (the verb) follows it.
 */
import type { ClosedClass } from '../lang/closed-class.ts';
import type { Mention } from './mention.ts';

/** How far back the clause's start is looked for; a longer run of words is not a clause opening. */
const LOOK_BACK = 40;
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
  const next = /^\s+(\p{L}+)/u.exec(text.slice(m.end, m.end + LOOK_BACK))?.[1] ?? '';
  return /^\p{Ll}/u.test(next) && !closed.all.has(next);
}
