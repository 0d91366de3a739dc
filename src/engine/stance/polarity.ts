import { tokenize } from '../text/tokens.ts';
import {
  CLAUSE_BREAKS,
  COMPLEMENTISERS,
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
  /** The cue's own weight class before negation: 1 for explicit positions, lower for implied ones. */
  strength: number;
  /** Negated in its clause ("does not oppose"): its value has turned to the other side, weaker. */
  negated: boolean;
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
    if (!cue || (cue.measureOnly && opensClause(tokens, i))) return;
    const value = SUPPORT_CUES.includes(cue) ? cue.weight : -cue.weight;
    const negated = isNegated(text, tokens, i);
    hits.push({
      start: t.start,
      end: t.end,
      value: negated ? value * NEGATED_FACTOR : value,
      voicedOnly: cue.voicedOnly,
      strength: cue.weight,
      negated,
    });
  });
  const lower = text.slice(from, to).toLowerCase();
  for (const [phrases, sign] of [[OPPOSE_PHRASES, -1], [SUPPORT_PHRASES, 1]] as const) {
    for (const re of phrases) {
      const m = re.exec(lower);
      if (!m) continue;
      const start = from + m.index;
      // "did not cast doubt on the result": phrases are negated like single cues.
      const first = tokens.findIndex((t) => t.start >= start);
      const negated = first >= 0 && isNegated(text, tokens, first);
      hits.push({ start, end: start + m[0].length, value: negated ? sign * NEGATED_FACTOR : sign, voicedOnly: false, strength: 1, negated });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** How many words after a verb may stand before the clause it opens ("announced on Friday that"). */
const CLAUSE_OPENER_REACH = 3;
/** An object's determiner: "announced a plan that …" announces the plan, not a statement. */
const DETERMINERS = new Set('a an the un une le la les el los las o os as der die das den ein eine einen'.split(' '));

function opensClause(tokens: ReturnType<typeof tokenize>, i: number): boolean {
  for (const t of tokens.slice(i + 1, i + 1 + CLAUSE_OPENER_REACH)) {
    if (COMPLEMENTISERS.test(t.lower)) return true;
    if (DETERMINERS.has(t.lower)) return false;
  }
  return false;
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
