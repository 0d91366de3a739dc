/**
 * The speaker decision: one logistic score per candidate, fitted by
 * `npx tsx src/cli/train/speaker.ts` (weights in ../weights/speaker.json, with
 * how they were fitted). The best candidate speaks when its probability
 * reaches the fitted threshold; otherwise the quote keeps no speaker.
 */
import { type LinearModel, type LinearScore, scoreLinear } from '../model/linear.ts';
import speakerJson from '../weights/speaker.json';
import type { SpeakerCandidate } from './candidates.ts';

export interface SpeakerModel {
  model: LinearModel;
  /** Below this probability the best candidate is not named. */
  threshold: number;
}

export const DEFAULT_SPEAKER_MODEL: SpeakerModel = { model: speakerJson.model, threshold: speakerJson.threshold };

export interface ScoredCandidate {
  candidate: SpeakerCandidate;
  score: LinearScore;
}

/** Candidates with their scores, best first (ties keep candidate order, so the result is deterministic). */
export function rankCandidates(model: SpeakerModel, candidates: readonly SpeakerCandidate[]): ScoredCandidate[] {
  return candidates
    .map((candidate) => ({ candidate, score: scoreLinear(model.model, candidate.features) }))
    .sort((a, b) => b.score.score - a.score.score);
}

/** The chosen candidate, if the best one clears the threshold. */
export function chosen(model: SpeakerModel, ranked: readonly ScoredCandidate[]): ScoredCandidate | null {
  const best = ranked[0];
  return best && best.score.probability >= model.threshold ? best : null;
}
