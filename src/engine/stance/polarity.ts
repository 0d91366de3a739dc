import { tokenize } from '../text/tokens.ts';
import { inWordList, STANCE_GROUPS, type StanceCue, type StanceCues, type StanceGroup, stanceCuesFor } from '../lang/stance-cues.ts';

/** A stance cue found in the text: positive for support, negative for opposition. */
export interface StanceHit {
  start: number;
  end: number;
  value: number;
  /** The cue's group ("oppose verb", "call for" …): the fitted weight is the group's. */
  group: StanceGroup;
  /** The pack entry that matched (a stem as written, or a phrase's pattern), for audits and traces. */
  cue: string;
  /** A judgement word: counts only when someone voices it (see StanceGroupSpec). */
  voicedOnly: boolean;
  /** The group's prior strength before negation: 1 for explicit positions, lower for implied ones. */
  strength: number;
  /** Negated in its clause ("does not oppose"): its value has turned to the other side, weaker. */
  negated: boolean;
}

type Token = ReturnType<typeof tokenize>[number];

/** A negated cue counts for half the opposite: "does not oppose" leans to support, "cannot block" barely counts. */
const NEGATED_FACTOR = -0.5;
const NEGATION_REACH = 4;

function matchCue(word: string, cues: StanceCues): StanceCue | null {
  if (cues.notCues.has(word)) return null;
  let best: StanceCue | null = null;
  for (const cue of cues.byPrefix.get(word.slice(0, 3)) ?? []) {
    const matches = cue.exact ? word === cue.stem : word.startsWith(cue.stem);
    if (matches && (!best || STANCE_GROUPS[cue.group].strength > STANCE_GROUPS[best.group].strength)) best = cue;
  }
  return best;
}

function hitOf(start: number, end: number, group: StanceGroup, cue: string, negated: boolean): StanceHit {
  const spec: { polarity: number; strength: number; voicedOnly?: boolean } = STANCE_GROUPS[group];
  const value = spec.polarity * spec.strength;
  return { start, end, group, cue, value: negated ? value * NEGATED_FACTOR : value, voicedOnly: spec.voicedOnly ?? false, strength: spec.strength, negated };
}

/** Stance cues of the article's language between two offsets of `text`, with negation inside the clause applied. */
export function stanceHits(text: string, from: number, to: number, lang: string | null = 'en'): StanceHit[] {
  const cues = stanceCuesFor(lang);
  const tokens = tokenize(text, from, to);
  const hits: StanceHit[] = [];
  tokens.forEach((t, i) => {
    const cue = matchCue(t.lower, cues);
    if (!cue) return;
    const measureOnly = (STANCE_GROUPS[cue.group] as { measureOnly?: boolean }).measureOnly ?? false;
    if (measureOnly && opensClause(tokens, i, cues)) return;
    hits.push(hitOf(t.start, t.end, cue.group, cue.exact ? `${cue.stem}$` : cue.stem, isNegated(text, tokens, i, cues)));
  });
  const lower = text.slice(from, to).toLowerCase();
  for (const { pattern, group } of cues.phrases) {
    const m = pattern.exec(lower);
    if (!m) continue;
    const start = from + m.index;
    // "did not cast doubt on the result": phrases are negated like single cues.
    const first = tokens.findIndex((t) => t.start >= start);
    hits.push(hitOf(start, start + m[0].length, group, pattern.source, first >= 0 && isNegated(text, tokens, first, cues)));
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** How many words after a verb may stand before the clause it opens ("announced on Friday that"). */
const CLAUSE_OPENER_REACH = 3;
/** An object's determiner: "announced a plan that …" announces the plan, not a statement. */
const DETERMINERS = new Set('a an the un une le la les el los las o os as der die das den ein eine einen'.split(' '));

function opensClause(tokens: Token[], i: number, cues: StanceCues): boolean {
  for (const t of tokens.slice(i + 1, i + 1 + CLAUSE_OPENER_REACH)) {
    if (inWordList(t.lower, cues.complementisers)) return true;
    if (DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

function isNegated(text: string, tokens: Token[], i: number, cues: StanceCues): boolean {
  for (let k = i - 1; k >= 0 && i - k <= NEGATION_REACH; k--) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t || !next) break;
    if (cues.clauseBreaks.has(t.lower) || /[,;:]/.test(text.slice(t.end, next.start))) break;
    if (inWordList(t.lower, cues.negators)) return true;
  }
  for (let k = i + 1; k < tokens.length && k - i <= 3; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev) break;
    if (/[,;:.]/.test(text.slice(prev.end, t.start))) break;
    if (cues.postNegators.has(t.lower)) return true;
  }
  return false;
}
