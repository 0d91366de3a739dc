import { type Contribution, type Features, scoreSoftmax } from '../model/linear.ts';
import type { Stance } from '../types.ts';
import type { StanceModel } from '../weights/index.ts';

const SIDES: ReadonlySet<string> = new Set(['supports', 'opposes', 'mixed']);
/** The feature saying that no stance cue reached the actor (see features.ts). */
const NO_CUE = 'noCue';
const STANCES: ReadonlySet<string> = new Set(['supports', 'opposes', 'mixed', 'neutral', 'unclear']);

export interface StanceDecision {
  stance: Stance;
  /** The model's probability for the side it would have taken (or for the stance shown when no side). */
  probability: number;
  /** Set when the model leaned to a side too weakly to show it. */
  abstained: boolean;
  /** The contributions that pushed the chosen stance (or, on abstention, the side it leaned to). */
  contributions: Contribution[];
}

/**
 * One fitted decision: the most probable stance, unless it is a side the
 * model is not sure enough of. Then the stance stays open, unclear (or, when
 * no cue reached the actor, neutral if the model prefers it): a wrong side is
 * worse than no side.
 */
export function decideStance(model: StanceModel, features: Features): StanceDecision {
  const ranked = scoreSoftmax(model.model, features).ranked.filter((r) => STANCES.has(r.label));
  const top = ranked[0];
  if (!top) return { stance: 'unclear', probability: 0, abstained: false, contributions: [] };
  // A side needs evidence: with no cue credited to the actor, a prior alone never shows one.
  const sure = top.probability >= model.minSideProbability && !features[NO_CUE];
  if (!SIDES.has(top.label) || sure) {
    return { stance: top.label as Stance, probability: top.probability, abstained: false, contributions: top.contributions };
  }
  // Cues that lean to a side too weakly say the actor may take one: unclear, not neutral. With no cue at all,
  // whether someone quoted is neutral or unclear is the model's call.
  const open = features[NO_CUE] ? ranked.find((r) => !SIDES.has(r.label)) : undefined;
  return {
    stance: (open?.label as Stance | undefined) ?? 'unclear',
    probability: top.probability,
    abstained: true,
    contributions: top.contributions,
  };
}
