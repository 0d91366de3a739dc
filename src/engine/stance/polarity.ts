import { type Token, tokenize } from '../text/tokens.ts';
import { type CueFrame, frameOf, objectOf } from './cue-frame.ts';
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
  /** Asked, conditional, received or turned round by its object (see cue-frame.ts); null when stated plainly. */
  frame: CueFrame | null;
}

/** A negated cue counts for half the opposite: "does not oppose" leans to support, "cannot block" barely counts. */
const NEGATED_FACTOR = -0.5;
const NEGATION_REACH = 4;

function matchCue(word: string, cues: StanceCues): StanceCue | null {
  if (cues.notCues.has(word)) return null;
  // "opor-se", "vetarlo": without its pronoun the verb is the word a whole-word cue names.
  const verb = cues.enclitics ? word.replace(cues.enclitics, '') : word;
  let best: StanceCue | null = null;
  for (const cue of cues.byPrefix.get(word.slice(0, 3)) ?? []) {
    const matches = cue.exact ? word === cue.stem || verb === cue.stem : word.startsWith(cue.stem);
    if (matches && (!best || STANCE_GROUPS[cue.group].strength > STANCE_GROUPS[best.group].strength)) best = cue;
  }
  return best;
}

function hitOf(start: number, end: number, group: StanceGroup, cue: string, negated: boolean, frame: CueFrame | null): StanceHit {
  const spec: { polarity: number; strength: number; voicedOnly?: boolean } = STANCE_GROUPS[group];
  const value = spec.polarity * spec.strength;
  return { start, end, group, cue, value: negated ? value * NEGATED_FACTOR : value, voicedOnly: spec.voicedOnly ?? false, strength: spec.strength, negated, frame };
}

/** Stance cues of the article's language between two offsets of `text`, with negation inside the clause applied. */
export function stanceHits(text: string, from: number, to: number, lang: string | null = 'en'): StanceHit[] {
  const cues = stanceCuesFor(lang);
  const tokens = tokenize(text, from, to);
  const lower = text.slice(from, to).toLowerCase();
  const inIdiom = idiomMask(lower, from, tokens, cues);
  const hits: StanceHit[] = [];
  tokens.forEach((t, i) => {
    const cue = inIdiom(i) ? null : matchCue(t.lower, cues);
    if (!cue) return;
    const measureOnly = (STANCE_GROUPS[cue.group] as { measureOnly?: boolean }).measureOnly ?? false;
    if ((measureOnly || cues.arguing.some((stem) => t.lower.startsWith(stem))) && opensClause(tokens, i, cues)) return;
    hits.push(hitOf(t.start, t.end, cue.group, cue.exact ? `${cue.stem}$` : cue.stem, isNegated(text, tokens, i, cues, inIdiom), frameOf(text, tokens, i, cues)));
  });
  for (const { pattern, written, group } of cues.phrases) {
    const m = pattern.exec(lower);
    if (!m) continue;
    const start = from + m.index;
    // "did not cast doubt on the result": phrases are negated like single cues.
    const first = tokens.findIndex((t) => t.start >= start);
    const negated = first >= 0 && isNegated(text, tokens, first, cues, inIdiom);
    hits.push(hitOf(start, start + m[0].length, group, written, negated, first >= 0 ? frameOf(text, tokens, first, cues) : null));
  }
  return withObjects(text, tokens, hits.sort((a, b) => a.start - b.start), lang);
}

/**
 * A cue inside another cue's object is not a position of the subject:
 * "rejected the criticism" rejects criticism. An object that opposes turns the
 * cue round ("rejected the criticism", "condemned its critics": for the
 * measure; "backed the protests": against it).
 */
function withObjects(text: string, tokens: Token[], hits: StanceHit[], lang: string | null): StanceHit[] {
  const { puttingForward } = stanceCuesFor(lang);
  const dropped = new Set<StanceHit>();
  const starts = hits.map((h) => h.start);
  let last = 0;
  hits.forEach((hit, h) => {
    if (dropped.has(hit)) return;
    // Hits are sorted by start, so the token that ends each one only moves forward.
    while (last < tokens.length && (tokens[last]?.end ?? Infinity) < hit.end) last++;
    if (last >= tokens.length) return;
    const object = objectOf(text, tokens, last, (start) => starts.indexOf(start, h + 1), lang);
    if (!object) return;
    const inner = hits[object.cue];
    if (inner) dropped.add(inner);
    // "a opposé son veto": the subject's own veto, which the verb already states.
    if (puttingForward?.test(text.slice(hit.start, hit.start + PUT_FORWARD_REACH).toLowerCase())) return;
    const opposing = object.opposingGroup || (!!inner && inner.value < 0 && !inner.negated);
    if (opposing && !hit.negated) {
      hit.value = -hit.value;
      hit.frame = 'inverted';
    }
  });
  return hits.filter((h) => !dropped.has(h));
}

/** Characters read from a verb for a possessive object it puts forward ("opposé son veto"). */
const PUT_FORWARD_REACH = 40;

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

/**
 * Which tokens stand inside one of the language's idioms ("sin embargo", "ao contrário"), whose words are
 * neither cues nor negations. `lower` is the lower-cased text from offset `from`.
 */
function idiomMask(lower: string, from: number, tokens: readonly Token[], cues: StanceCues): (i: number) => boolean {
  const spans = cues.idioms.flatMap((idiom) => [...lower.matchAll(idiom)].map((m) => [from + m.index, from + m.index + m[0].length] as const));
  if (!spans.length) return () => false;
  return (i) => {
    const t = tokens[i];
    return !!t && spans.some(([start, end]) => t.start >= start && t.end <= end);
  };
}

function isNegated(text: string, tokens: Token[], i: number, cues: StanceCues, inIdiom: (i: number) => boolean): boolean {
  for (let k = i - 1; k >= 0 && i - k <= NEGATION_REACH; k--) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t || !next) break;
    if (cues.clauseBreaks.has(t.lower) || /[,;:]/.test(text.slice(t.end, next.start))) break;
    if (inWordList(t.lower, cues.negators) && !inIdiom(k)) return true;
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
