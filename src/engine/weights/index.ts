/**
 * The engine's fitted models and their defaults: the JSON files beside this
 * one, written by `npm run train` (each says in its `fitted` block how). A
 * caller may pass other weights (cross-validation fits on four fifths of the
 * corpus and scores the fifth); whatever it leaves out is the saved model.
 */
import { DEFAULT_SPEAKER_MODEL, type SpeakerModel } from '../attribution/model.ts';
import type { IssueModel } from '../issue/index.ts';
import type { LinearModel, SoftmaxModel } from '../model/linear.ts';
import issueJson from './issue.json';
import stakeholderJson from './stakeholder.json';
import stanceJson from './stance.json';

/** Which actors are stakeholders: a logistic score and the probability above which one is kept. */
export interface StakeholderModel {
  model: LinearModel;
  threshold: number;
  /** Most stakeholders kept on one page (the most probable first); absent: the panel's own ceiling. */
  maxPerPage?: number;
}

/** Each stakeholder's stance: a softmax over the five stances, and the abstention point. */
export interface StanceModel {
  model: SoftmaxModel;
  /** Below this probability a side (supports / opposes / mixed) is not shown: the stance is left open instead. */
  minSideProbability: number;
}

export interface EngineModels {
  /** Scores the words of the article's issue (src/engine/issue/). */
  issue: IssueModel;
  speaker: SpeakerModel;
  stakeholder: StakeholderModel;
  stance: StanceModel;
}

export const DEFAULT_MODELS: EngineModels = {
  issue: issueJson.model,
  speaker: DEFAULT_SPEAKER_MODEL,
  stakeholder: { model: stakeholderJson.model, threshold: stakeholderJson.threshold, maxPerPage: stakeholderJson.maxPerPage },
  stance: { model: stanceJson.model, minSideProbability: stanceJson.minSideProbability },
};

/** The saved models, with any the caller passes instead. */
export function resolveModels(models?: Partial<EngineModels>): EngineModels {
  return { ...DEFAULT_MODELS, ...models };
}
