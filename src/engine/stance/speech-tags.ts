/**
 * Who voices a sentence when the article names them after what they said:
 * an inverted speech tag ("The plan is reckless, warned Senator X.", "…,
 * kritisierte X weiter.", "…, criticó el ministro X") or a source phrase
 * ("according to X", "laut X", "según X"). The clause before such a tag is
 * their words, so its judgements are theirs and not its grammatical subject's.
 */
import type { ActorIndex } from '../actors/actors-index.ts';
import { followsPreposition } from '../actors/mention.ts';
import { isSubjectPronoun } from '../actors/pronoun-mentions.ts';
import { resolvePronoun } from '../actors/pronouns.ts';
import { closedClassFor } from '../lang/closed-class.ts';
import { reportingFor } from '../lang/reporting.ts';
import { firstStartingAtOrAfter } from '../text/offsets.ts';
import type { SentenceSpan } from '../text/sentence-spans.ts';
import { tokenize } from '../text/tokens.ts';

/** A tag follows a clause: a comma or a closing quotation mark right before the verb. */
const AFTER_CLAUSE = /[,”"»“’'\u2014\u2013]\s*$/;
/** Between the verb and the name: titles and determiners only ("warned Senator", "criticó el ministro"), no punctuation but abbreviations. */
const TITLE_WORDS = /^\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;
/** After the name the tag ends: the sentence ends, an apposition opens, or a few lower-case words close it ("kritisierte X weiter."). */
const TAG_END = /^\s*(?:[.!?;,(]|$|(?:[\p{Ll}\p{N}'’-]+\s+){0,2}[\p{Ll}\p{N}'’-]+\s*[.!?;]?\s*$)/u;

/**
 * The actor named right after the verb at `verbStart`–`verbEnd` when the verb
 * closes a clause as an inverted tag ("…, criticised X."); −1 when the name
 * is nobody the index knows (the clause is still not its subject's); null when no tag.
 */
export function invertedSubjectAfter(index: ActorIndex, s: SentenceSpan, verbStart: number, verbEnd: number): number | null {
  if (!AFTER_CLAUSE.test(index.text.slice(Math.max(s.start, verbStart - 3), verbStart))) return null;
  const named = nameRightAfter(index, s, verbEnd);
  if (!named || !TAG_END.test(index.text.slice(named.end, s.end))) return null;
  return named.actor;
}

/**
 * The subject named right after a verb, past titles, determiners and a few
 * adverbs only ("warned Senator X", "kritisierte am Montag die Opposition"):
 * its actor (−1 when the index knows no one by that name) and where the name
 * ends; null when the next name is no subject there (after a preposition, an
 * object pronoun) or farther away.
 */
export function nameRightAfter(index: ActorIndex, s: SentenceSpan, verbEnd: number): { actor: number; end: number; pronoun: boolean } | null {
  const { text, mentions, actorOf } = index;
  const k = firstStartingAtOrAfter(mentions, verbEnd);
  const m = mentions[k];
  if (!m || m.end > s.end || !TITLE_WORDS.test(text.slice(verbEnd, m.start))) return null;
  if (followsPreposition(text, m, index.closed, verbEnd)) return null;
  if (m.kind !== 'pronoun') return { actor: actorOf[k] ?? -1, end: m.end, pronoun: false };
  return isSubjectPronoun(m) ? { actor: resolvePronoun(index, m, m.start), end: m.end, pronoun: true } : null;
}

/**
 * Who the sentence reports, when its tag or a source phrase names them: an
 * inverted reporting verb ("…, said X") or a source right before a name
 * ("according to X", "laut X"; as the attribution stage reads them); −1 when
 * the tag names nobody the index knows; null when there is none.
 */
export function taggedSpeaker(index: ActorIndex, s: SentenceSpan): number | null {
  const { mentions, actorOf } = index;
  const reporting = reportingFor(index.lang);
  for (const t of tokenize(index.text, s.start, s.end)) {
    if (!reporting.verbs.has(t.lower)) continue;
    const speaker = invertedSubjectAfter(index, s, t.start, t.end);
    if (speaker !== null) return speaker;
  }
  const { determiners } = closedClassFor(index.lang);
  for (let k = firstStartingAtOrAfter(mentions, s.start); k < mentions.length; k++) {
    const m = mentions[k];
    if (!m || m.start >= s.end) break;
    // "according to the Department": a determiner may stand between the source word and the name.
    const before = index.text.slice(Math.max(s.start, m.start - 40), m.start).replace(/(\p{L}+)\s+$/u, (w, word: string) => (determiners.has(word.toLowerCase()) ? '' : w));
    const last = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (reporting.sourcePrepositions.has(last) || reporting.sourcePhrase?.test(before)) return actorOf[k] ?? -1;
  }
  return null;
}

