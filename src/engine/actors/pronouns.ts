import { type ActorIndex, promoteToPerson } from './actors-index.ts';
import { firstStartingAtOrAfter } from '../text/offsets.ts';
import { followsArticleOrPreposition, followsPreposition, type Mention } from './mention.ts';

/** How far back a pronoun may reach (characters): about three paragraphs. */
const LOOKBACK = 1500;
/** A sentence subject stands at most this far before the mention it is tested for (characters). */
const SUBJECT_REACH = 400;
/** Mentions scanned back at most, whatever their length (hostile pages). */
const MAX_CANDIDATES = 60;

/**
 * The actor a subject pronoun ("she said", "il a déclaré") or an implicit
 * subject ("dijo") refers to: the most recent compatible person, preferring
 * one who is the subject of a recent sentence (named first in its block
 * or sentence) and who spoke last (`lastSpeaker`).
 */
export function resolvePronoun(index: ActorIndex, pronoun: Mention | null, at: number, lastSpeaker = -1): number {
  const { mentions, actors, actorOf } = index;
  const wantsPlural = pronoun?.plural ?? false;
  // "it said": an organisation, never a crowd.
  const wantsBody = pronoun?.words[0] === 'it';
  const gender = pronoun?.gender ?? null;
  let best = -1;
  let bestScore = -Infinity;
  let seen = 0;
  for (let k = upperBound(mentions, at) - 1; k >= 0 && seen < MAX_CANDIDATES; k--) {
    const m = mentions[k];
    if (!m || at - m.end > LOOKBACK) break;
    const ai = actorOf[k] ?? -1;
    // A lone capitalised word nobody else claims ("Tamsin asked…") may be the person meant.
    const loneName = ai < 0 && m.kind === 'name' && m.words.length === 1 && !index.german && !wantsPlural && isRecurring(index, m) && !followsArticleOrPreposition(index.text, m, index.closed);
    if (ai < 0 && !loneName) continue;
    seen++;
    const actor = actors[ai] ?? null;
    if (actor && (wantsPlural ? actor.kind === 'person' : actor.kind !== 'person')) continue;
    if (actor && wantsBody && (actor.kind !== 'organisation' || actor.place || actor.document)) continue;
    if (actor && gender && actor.gender && actor.gender !== gender) continue;
    const distance = (at - m.end) / 200;
    const subject = isSentenceSubject(index, k) ? 1.5 : 0;
    const named = actor && actor.words.length >= 2 ? 0.3 : 0;
    const spoke = ai >= 0 && ai === lastSpeaker ? 1.5 : 0;
    // "she said" fits a woman the article has shown to be one better than a person of unknown gender.
    const agrees = gender && actor?.gender === gender ? 1 : 0;
    const score = subject + named + spoke + agrees - distance - (loneName ? 0.5 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = ai >= 0 ? ai : -(k + 10);
    }
  }
  // A lone name picked: from now on it is a person.
  return best <= -10 ? promoteToPerson(index, -best - 10) : best;
}

function upperBound(mentions: Mention[], offset: number): number {
  return firstStartingAtOrAfter(mentions, offset);
}

/** No actor is named before it in its sentence except as an object: usually the grammatical subject in news prose. */
function isSentenceSubject(index: ActorIndex, k: number): boolean {
  const m = index.mentions[k];
  if (!m || followsPreposition(index.text, m, index.closed)) return false;
  for (let j = k - 1; j >= 0; j--) {
    const p = index.mentions[j];
    if (!p || p.blockIndex !== m.blockIndex) return true;
    // A run-on "sentence" of a hostile page: too far to tell.
    if (m.start - p.end > SUBJECT_REACH) return false;
    if (/[.!?]["”»]?\s/.test(index.text.slice(p.end, m.start))) return true;
    if (((index.actorOf[j] ?? -1) >= 0 || p.kind === 'pronoun') && !followsPreposition(index.text, p, index.closed)) return false;
  }
  return true;
}

const recurringCache = new WeakMap<ActorIndex, Map<string, number>>();

/** A lone name used more than once in the article: a nickname or mononym ("Quiko"), not a stray capital. */
function isRecurring(index: ActorIndex, m: Mention): boolean {
  let counts = recurringCache.get(index);
  if (!counts) {
    counts = new Map();
    for (const n of index.mentions) if (n.kind === 'name') counts.set(n.text, (counts.get(n.text) ?? 0) + 1);
    recurringCache.set(index, counts);
  }
  return (counts.get(m.text) ?? 0) >= 2;
}

/** The organisation "the spokesperson" or "the agency" speaks for: the body last named, preferring sentence subjects. */
export function resolveBody(index: ActorIndex, at: number): number {
  const it: Mention = { kind: 'pronoun', text: 'it', words: ['it'], start: at, end: at, blockIndex: -1, title: null, gender: null, plural: true };
  return resolvePronoun(index, it, at);
}
