/**
 * Every fitted stage refitted on a set of pages, in the engine's order (topic
 * and policy, issue, speaker, stakeholder, stance), each stage's training
 * pages read with the models fitted before it, as `npm run train` does on the
 * whole corpus. Cross-validation fits this on four fifths of the pages and
 * analyses the fifth, so every figure it reports comes from weights that
 * never saw the page.
 */
import type { PreparedAnalysis } from '../../engine/analyze.ts';
import { prepareAnalysis } from '../../engine/analyze.ts';
import type { SpeakerModel } from '../../engine/attribution/model.ts';
import { DETECT_MODELS, type DetectModels, withPolicyVerdict } from '../../engine/detect/policy.ts';
import type { IssueModel } from '../../engine/issue/index.ts';
import type { Analysis } from '../../engine/types.ts';
import { DEFAULT_MODELS, type StakeholderModel, type StanceModel } from '../../engine/weights/index.ts';
import { pageFolds } from '../fit/logistic.ts';
import { trainIssue } from '../train/issue.ts';
import { trainPolicy } from '../train/policy.ts';
import { labelsOf, type PreparedPage } from '../train/prepared-corpus.ts';
import { trainSpeaker } from '../train/speaker.ts';
import { trainStakeholder } from '../train/stakeholder.ts';
import { trainStance } from '../train/stance.ts';
import { trainTopic } from '../train/topic.ts';
import type { CachedCorpus, CachedPage } from './corpus-cache.ts';

/** The fitted stages, in the order the engine runs them. */
export const STAGES = ['topic', 'policy', 'issue', 'speaker', 'stakeholder', 'stance'] as const;
export type Stage = (typeof STAGES)[number];

export interface PipelineModels {
  detect: DetectModels;
  issue: IssueModel;
  speaker: SpeakerModel;
  stakeholder: StakeholderModel;
  stance: StanceModel;
}

/** One fit of the pipeline: its models and every page prepared with them up to the stakeholder decisions. */
export interface PipelineFit {
  train: ReadonlySet<string>;
  models: PipelineModels;
  /** Every corpus page (trained on or not) read with this fit's policy, issue and speaker models. */
  prepared: ReadonlyMap<string, PreparedPage>;
}

/** Every page read with the saved weights, as `npm run eval` scores them. */
export function prepareSaved(pages: readonly CachedPage[]): PreparedPage[] {
  return pages.map((p) => prepareWith(p, DETECT_MODELS, DEFAULT_MODELS.issue, DEFAULT_MODELS.speaker));
}

/** Fit every stage on the pages whose ids are in `train`. */
export function fitPipeline(corpus: CachedCorpus, train: ReadonlySet<string>): PipelineFit {
  const detect: DetectModels = { policy: trainPolicy(corpus.detect, train), topic: trainTopic(corpus.detect, train) };
  const issue = trainIssue(corpus.issue, train);
  const speaker = trainSpeaker(corpus.speaker.filter((p) => train.has(p.id)));
  const prepared = new Map(corpus.pages.map((p) => [p.page.id, prepareWith(p, detect, issue, speaker)]));
  const trainPages = [...prepared.values()].filter((p) => train.has(p.page.id));
  return {
    train,
    models: { detect, issue, speaker, stakeholder: trainStakeholder(trainPages), stance: trainStance(trainPages) },
    prepared,
  };
}

/** A page read with upstream models: their policy verdict, issue phrase and speakers; stakeholder candidates labelled by the gold. */
export function prepareWith(p: CachedPage, detect: DetectModels, issue: IssueModel, speaker: SpeakerModel): PreparedPage {
  const prepared: PreparedAnalysis = prepareAnalysis(withPolicyVerdict(p.reading, detect), { issue, speaker });
  return { page: p.page, prepared, ...labelsOf(p.page, prepared.candidates) };
}

/** A page's analysis under a fit (its stakeholder and stance models unless others are given). */
export function analyseUnder(fit: PipelineFit, id: string, decision: Pick<PipelineModels, 'stakeholder' | 'stance'> = fit.models): Analysis {
  const page = fit.prepared.get(id);
  if (!page) throw new Error(`page ${id} is not in the corpus this pipeline was fitted for`);
  return page.prepared.analyse({ stakeholder: decision.stakeholder, stance: decision.stance });
}

export interface CrossValidation {
  folds: PipelineFit[];
  /** Each page's analysis by the fold that did not train on it, in corpus order. */
  analyses: Analysis[];
}

/** Page-level k-fold cross-validation of the whole pipeline on one fold split; `progress` hears of each fold. */
export function crossValidatePipeline(corpus: CachedCorpus, k: number, progress?: (line: string) => void, split = 0): CrossValidation {
  const ids = corpus.pages.map((p) => p.page.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  // The folds partition the pages, so every position is filled.
  const analyses: Analysis[] = [];
  const folds = pageFolds(ids, k, split).map((held, i) => {
    const heldSet = new Set(held);
    const fit = fitPipeline(corpus, new Set(ids.filter((id) => !heldSet.has(id))));
    for (const id of held) analyses[position.get(id) ?? -1] = analyseUnder(fit, id);
    progress?.(`${split ? `split ${split + 1}, ` : ''}fold ${i + 1}/${k} fitted on ${fit.train.size} pages`);
    return fit;
  });
  return { folds, analyses };
}
