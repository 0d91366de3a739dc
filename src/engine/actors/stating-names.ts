/**
 * "Quillmark argued that …", "Seewacht warnt …": a lone capitalised name no actor
 * claims is no actor yet (a lone word may be a place, a product, a noun). The
 * article reporting it as saying something makes it one, and every other use
 * of the same name is that actor, so its prominence counts whole; the
 * stakeholder model then weighs it like any other candidate.
 */
import { reportingFor } from '../lang/reporting.ts';
import { firstStartingAtOrAfter } from '../text/offsets.ts';
import type { SentenceSpan } from '../text/sentence-spans.ts';
import { tokenize } from '../text/tokens.ts';
import { type ActorIndex, attachSameName, promoteToPerson } from './actors-index.ts';
import { followsPreposition } from './mention.ts';

export function promoteStatingNames(index: ActorIndex, sentences: readonly SentenceSpan[]): void {
  const { verbs, fillers } = reportingFor(index.lang);
  for (const s of sentences) {
    for (const verb of tokenize(index.text, s.start, s.end)) {
      if (!verbs.has(verb.lower)) continue;
      const k = firstStartingAtOrAfter(index.mentions, verb.start) - 1;
      const m = index.mentions[k];
      if (!m || m.start < s.start || m.kind !== 'name' || index.actorOf[k] !== -1) continue;
      // "Residents of Brimley said": a name after a preposition is a complement, not who speaks.
      if (followsPreposition(index.text, m, index.closed, s.start)) continue;
      // "Dazu erklärt Jonas Pfeiffer": a name right after the verb is its subject, the word before it is not
      // (a pronoun there is mostly the reported clause's: "Quillmark said it would appeal").
      const next = index.mentions[k + 1];
      if (next && next.kind !== 'pronoun' && /^\s+$/.test(index.text.slice(verb.end, next.start))) continue;
      // The name is the verb's subject: nothing but fillers between them ("Quillmark has also said").
      if (!tokenize(index.text, m.end, verb.start).every((t) => fillers.has(t.lower))) continue;
      attachSameName(index, promoteToPerson(index, k), m.text);
    }
  }
}
