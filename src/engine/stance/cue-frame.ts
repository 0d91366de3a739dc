/**
 * How a stance cue is framed in its sentence, beyond negation: asked as a
 * question, put as a condition ("if the council backs it"), received by the
 * subject rather than held ("drew criticism", "could count on support"), or
 * turned round by its object ("rejected the criticism": against the critics
 * of a measure is for it). A framed cue is a looser sign of a position than a
 * stated one; the stance model weighs each frame with a fitted weight of its own.
 */
import { closedClassFor } from '../lang/closed-class.ts';
import type { StanceCues } from '../lang/stance-cues.ts';
import type { Token } from '../text/tokens.ts';
import { groupSidesFor } from './group-sides.ts';

export type CueFrame = 'question' | 'conditional' | 'received' | 'inverted';
export const CUE_FRAMES: readonly CueFrame[] = ['question', 'conditional', 'received', 'inverted'];

/** Words back to the start of a condition's clause ("if the harbour board were to back …"). */
const CONDITION_REACH = 8;
/** Characters before a cue searched for a verb of receiving. */
const RECEIVING_REACH = 50;
/** Characters after a cue searched for the end of its sentence (is it a question?). */
const SENTENCE_REACH = 400;
/** Words after a cue that may hold its object ("rejected the harsh criticism"). */
const OBJECT_REACH = 4;

const CLAUSE_PUNCTUATION = /[,;:()"“”«»]/;

/** The frame of the cue at token `i`, if any (inversion is found separately, with the hits after it). */
export function frameOf(text: string, tokens: readonly Token[], i: number, cues: StanceCues): CueFrame | null {
  const token = tokens[i];
  if (!token) return null;
  if (receivedAt(text, token.start, token.end, cues)) return 'received';
  if (conditionalAt(text, tokens, i, cues)) return 'conditional';
  if (questionAt(text, token.start, token.end)) return 'question';
  return null;
}

function receivedAt(text: string, start: number, end: number, cues: StanceCues): boolean {
  const before = text.slice(Math.max(0, start - RECEIVING_REACH), start);
  const clause = before.split(/[,;:.!?()"“”«»]/).pop() ?? '';
  if (cues.receiving.test(clause.toLowerCase())) return true;
  return !!cues.receivingAfter && cues.receivingAfter.test(text.slice(end, end + RECEIVING_REACH + 20).toLowerCase());
}

function conditionalAt(text: string, tokens: readonly Token[], i: number, cues: StanceCues): boolean {
  for (let k = i - 1; k >= 0 && i - k <= CONDITION_REACH; k--) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t || !next || CLAUSE_PUNCTUATION.test(text.slice(t.end, next.start)) || /[.!?]/.test(text.slice(t.end, next.start))) break;
    if (cues.conditionals.has(t.lower)) return true;
  }
  return false;
}

/** A question mark ends the cue's sentence, or an opening "¿" begins it. */
function questionAt(text: string, start: number, end: number): boolean {
  const after = /[.!?\n]/.exec(text.slice(end, end + SENTENCE_REACH));
  if (after?.[0] === '?') return true;
  const before = text.slice(Math.max(0, start - SENTENCE_REACH), start);
  const opened = before.lastIndexOf('¿');
  return opened >= 0 && !/[.!?\n]/.test(before.slice(opened));
}

/** What stands right after a cue, as far as it can be its object. */
export interface CueObject {
  /** Index of the hit inside the object (as `hitAt` gives it), or −1. */
  cue: number;
  /** The object names an opposing group ("its critics", "the protesters"). */
  opposingGroup: boolean;
}

/**
 * The object of the cue at token `i`: a determiner or possessive opens it
 * ("rejected the criticism", "condemned their opponents"); a coordinator or
 * punctuation ends the search ("opposes and criticises" is two cues).
 */
export function objectOf(
  text: string,
  tokens: readonly Token[],
  i: number,
  hitAt: (start: number) => number,
  lang: string | null,
): CueObject | null {
  const { determiners, possessives } = closedClassFor(lang);
  const { opposing } = groupSidesFor(lang);
  let opened = false;
  for (let k = i + 1; k < tokens.length && k - i <= OBJECT_REACH; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev || /[,;:.!?()"“”«»]/.test(text.slice(prev.end, t.start))) return null;
    if (!opened) {
      if (determiners.has(t.lower) || possessives.has(t.lower)) {
        opened = true;
        continue;
      }
      return null;
    }
    const cue = hitAt(t.start);
    if (cue >= 0 || opposing.has(t.lower)) return { cue, opposingGroup: cue < 0 };
  }
  return null;
}
