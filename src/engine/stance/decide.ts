import type { Stance } from '../types.ts';

/** Below this total weight an actor has voiced no position. */
const MIN_WEIGHT = 0.5;
/** Both sides at least this share of the stronger one, and this heavy: the actor is torn. */
const MIXED_RATIO = 0.75;
const MIXED_MIN_WEIGHT = 1.5;
/** Analysts take a side only when they say so clearly. */
const ANALYST_MIN_WEIGHT = 2;

/** Who the actor is in the article, beyond the cues credited to them. */
export interface StanceContext {
  /** Analysts and mediators: with no clear cue they are neutral. */
  analyst: boolean;
  /** Quoted in their own words: with no cue they spoke without taking a side (neutral), not in silence (unclear). */
  quoted: boolean;
}

/** The stance that a list of signed cue weights adds up to. */
export function decideStance(values: number[], { analyst, quoted }: StanceContext): Stance {
  let support = 0;
  let oppose = 0;
  for (const v of values) {
    if (v > 0) support += v;
    else oppose -= v;
  }
  const weaker = Math.min(support, oppose);
  const stronger = Math.max(support, oppose);
  const noSide: Stance = analyst || quoted ? 'neutral' : 'unclear';
  if (stronger < (analyst ? ANALYST_MIN_WEIGHT : MIN_WEIGHT)) return noSide;
  if (weaker >= MIXED_MIN_WEIGHT && weaker >= stronger * MIXED_RATIO) return 'mixed';
  // Cues that cancel out say nothing either way.
  if (support === oppose) return noSide;
  return support > oppose ? 'supports' : 'opposes';
}
