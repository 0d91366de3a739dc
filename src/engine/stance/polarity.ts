import { tokenize } from '../actors/tokens.ts';
import {
  CLAUSE_BREAKS,
  NEGATORS,
  NOT_CUES,
  OPPOSE_CUES,
  OPPOSE_PHRASES,
  POST_NEGATORS,
  type StanceCue,
  SUPPORT_CUES,
  SUPPORT_PHRASES,
} from './lexicon.ts';

/** A stance cue found in the text: positive for support, negative for opposition. */
export interface StanceHit {
  start: number;
  end: number;
  value: number;
  /** A judgement word: counts only when someone voices it (see StanceCue). */
  voicedOnly: boolean;
}

/** A negated cue counts for half the opposite: "does not oppose" leans to support, "cannot block" barely counts. */
const NEGATED_FACTOR = -0.5;
const NEGATION_REACH = 4;

/** Cues by their first three letters: each word is compared with a handful of stems, not all of them. */
function byPrefix(list: StanceCue[]): Map<string, StanceCue[]> {
  const map = new Map<string, StanceCue[]>();
  for (const cue of list) {
    const key = cue.stem.slice(0, 3);
    map.set(key, [...(map.get(key) ?? []), cue]);
  }
  return map;
}
const SUPPORT_BY_PREFIX = byPrefix(SUPPORT_CUES);
const OPPOSE_BY_PREFIX = byPrefix(OPPOSE_CUES);

function matchCue(word: string, index: Map<string, StanceCue[]>): StanceCue | null {
  if (NOT_CUES.has(word)) return null;
  let best: StanceCue | null = null;
  for (const cue of index.get(word.slice(0, 3)) ?? []) {
    const exact = cue.stem.endsWith('$');
    const stem = exact ? cue.stem.slice(0, -1) : cue.stem;
    if ((exact ? word === stem : word.startsWith(stem)) && (!best || cue.weight > best.weight)) best = cue;
  }
  return best;
}

/** Stance cues between two offsets of `text`, with negation inside the clause applied. */
export function stanceHits(text: string, from: number, to: number): StanceHit[] {
  const tokens = tokenize(text, from, to);
  const hits: StanceHit[] = [];
  tokens.forEach((t, i) => {
    const cue = matchCue(t.lower, SUPPORT_BY_PREFIX) ?? matchCue(t.lower, OPPOSE_BY_PREFIX);
    if (!cue) return;
    const value = SUPPORT_CUES.includes(cue) ? cue.weight : -cue.weight;
    hits.push({
      start: t.start,
      end: t.end,
      value: isNegated(text, tokens, i) ? value * NEGATED_FACTOR : value,
      voicedOnly: cue.voicedOnly,
    });
  });
  const lower = text.slice(from, to).toLowerCase();
  for (const [phrases, sign] of [[OPPOSE_PHRASES, -1], [SUPPORT_PHRASES, 1]] as const) {
    for (const re of phrases) {
      const m = re.exec(lower);
      if (m) hits.push({ start: from + m.index, end: from + m.index + m[0].length, value: sign, voicedOnly: false });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function isNegated(text: string, tokens: ReturnType<typeof tokenize>, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= NEGATION_REACH; k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAKS.has(t.lower) || /[,;:]/.test(text.slice(t.end, tokens[k + 1]!.start))) break;
    if (NEGATORS.has(t.lower) || /n['’]t$|^n['’]\p{L}/u.test(t.lower)) return true;
  }
  for (let k = i + 1; k < tokens.length && k - i <= 3; k++) {
    const t = tokens[k]!;
    if (/[,;:.]/.test(text.slice(tokens[k - 1]!.end, t.start))) break;
    if (POST_NEGATORS.has(t.lower)) return true;
  }
  return false;
}
