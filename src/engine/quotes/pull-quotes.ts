import type { Quote, Stance } from '../types.ts';

/** Worth of knowing who spoke: an anonymous quote is rarely the one to show first. */
const NAMED_SPEAKER = 0.5;
const UNNAMED_SPEAKER = 0.2;

/** Each better quote from the same speaker (or stance) already ranked costs this much: three of one voice do not lead. */
const SAME_SPEAKER_COST = 0.35;
const SAME_STANCE_COST = 0.1;

/** Word counts that make a good pull quote: a full thought, short enough to read at a glance. */
const BEST_MIN_WORDS = 8;
const BEST_MAX_WORDS = 40;

/** Function words (en, fr, de, es, pt): the rest are the words that carry content. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'is', 'are',
  'was', 'were', 'be', 'been', 'it', 'its', "it's", 'it’s', 'this', 'that', 'these', 'those', 'i', 'we', 'you', 'he',
  'she', 'they', 'me', 'us', 'him', 'her', 'them', 'my', 'our', 'your', 'his', 'their', 'do', 'does', 'did', 'have',
  'has', 'had', 'not', 'no', 'so', 'if', 'just', 'very', 'really', 'there', 'what', 'all', 'about', 'up', 'out', 'get',
  'de', 'la', 'le', 'les', 'des', 'du', 'et', 'un', 'une', 'est', 'que', 'qui', 'pas', 'ne', 'je', 'nous', 'il', 'elle',
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'wir', 'ich', 'es', 'sie', 'mit', 'den', 'dem',
  'el', 'los', 'las', 'y', 'en', 'por', 'con', 'para', 'se', 'lo', 'una', 'o', 'da', 'e', 'em', 'os',
  'um', 'uma', 'não', 'com',
]);

/** Pleasantries and thanks: true, but not what the story is about. */
const SMALL_TALK = /\b(?:thank(?:s| you)|congratulat\w*|good luck|happy to|excited to|delighted|honou?red to|pleased to|great to|merci|danke|gracias|obrigad[oa])\b/i;

const WORD = /[\p{L}\p{N}]/u;

/** About 0..1: how much a quote says on its own, from its length, its share of content words and its numbers. */
function substance(text: string): number {
  const words = text.split(/\s+/).filter((w) => WORD.test(w));
  const n = words.length;
  const length =
    n < BEST_MIN_WORDS ? Math.max(0, n / BEST_MIN_WORDS) * 0.6
    : n <= BEST_MAX_WORDS ? 1
    : Math.max(0.4, 1 - (n - BEST_MAX_WORDS) / (2 * BEST_MAX_WORDS));
  const content = n ? words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase().replace(/[^\p{L}\p{N}'’]/gu, ''))).length / n : 0;
  const numbers = /\d/.test(text) ? 0.1 : 0;
  const smallTalk = SMALL_TALK.test(text) ? 0.4 : 0;
  // A fragment woven into the reporter's sentence ("regrets any decision…") reads badly on its own.
  const fragment = /^\p{Ll}/u.test(text.trim()) ? 0.2 : 0;
  return Math.max(0, 0.6 * length + 0.4 * content + numbers - smallTalk - fragment);
}

function speakerWorth(speaker: string | null): number {
  if (!speaker) return 0;
  return speaker.startsWith('unnamed') ? UNNAMED_SPEAKER : NAMED_SPEAKER;
}

/**
 * Score each quote as a pull quote and return them best first: speaker
 * known, substance over small talk, then diversity — each quote pays for the
 * better quotes of the same speaker and of the same stance ranked before it.
 * Deterministic (ties keep article order); ids are untouched.
 *
 * @param stanceOf the stance of a quote's stakeholder, when known (optional).
 */
export function rankPullQuotes(quotes: Quote[], stanceOf: (quote: Quote) => Stance | null = () => null): Quote[] {
  const base = quotes.map((quote, order) => ({ quote, order, score: speakerWorth(quote.speaker) + substance(quote.text) }));
  const byBase = [...base].sort((a, b) => b.score - a.score || a.order - b.order);

  const seenSpeakers = new Map<string, number>();
  const seenStances = new Map<string, number>();
  const adjusted = byBase.map((entry) => {
    const speaker = entry.quote.speaker?.toLowerCase() ?? null;
    const stance = stanceOf(entry.quote);
    const sameSpeaker = speaker ? (seenSpeakers.get(speaker) ?? 0) : 0;
    const sameStance = stance ? (seenStances.get(stance) ?? 0) : 0;
    if (speaker) seenSpeakers.set(speaker, sameSpeaker + 1);
    if (stance) seenStances.set(stance, sameStance + 1);
    const score = entry.score - SAME_SPEAKER_COST * sameSpeaker - SAME_STANCE_COST * sameStance;
    return { ...entry, score: Math.round(score * 1000) / 1000 };
  });

  return adjusted.sort((a, b) => b.score - a.score || a.order - b.order).map(({ quote, score }) => ({ ...quote, score }));
}
