/**
 * Verb-second clauses: in German a clause that opens with an adverbial or an
 * object puts the finite verb second and its subject right after it ("Am
 * Montag kritisierte die Opposition den Plan", "Den Vorschlag lehnt der
 * Verband ab"). No name stands before such a cue verb to hold it; the subject
 * after it does.
 */
import type { ActorIndex } from '../actors/actors-index.ts';
import { stanceCuesFor } from '../lang/stance-cues.ts';
import { firstStartingAtOrAfter } from '../text/offsets.ts';
import type { SentenceSpan } from '../text/sentence-spans.ts';
import { nameRightAfter } from './speech-tags.ts';

/**
 * The actor named as subject right after the cue at `cueStart`–`cueEnd` when
 * the cue is a verb in second place after a field that names nobody; null
 * otherwise (also when the language does not put its verb second).
 */
export function subjectAfterSecondVerb(index: ActorIndex, s: SentenceSpan, cueStart: number, cueEnd: number): number | null {
  const { text, mentions, actorOf } = index;
  if (!stanceCuesFor(index.lang).verbSecond) return null;
  // Such a language capitalises its nouns ("Kritik"), and a verb opening the sentence has nothing before it: a verb here is lower-case.
  if (!/^\p{Ll}/u.test(text.slice(cueStart, cueEnd))) return null;
  // Something opens the clause before the verb, and no one the article knows is named in it.
  const clauseStart = Math.max(s.start, text.lastIndexOf(';', cueStart - 1) + 1);
  if (!/\p{L}/u.test(text.slice(clauseStart, cueStart))) return null;
  for (let k = firstStartingAtOrAfter(mentions, clauseStart); ; k++) {
    const m = mentions[k];
    if (!m || m.start >= cueStart) break;
    if ((actorOf[k] ?? -1) >= 0 || m.kind === 'pronoun') return null;
  }
  const named = nameRightAfter(index, s, cueEnd);
  return named && named.actor >= 0 ? named.actor : null;
}
