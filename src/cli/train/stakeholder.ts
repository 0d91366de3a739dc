/**
 * Fitting the stakeholder-or-not model: a logistic score over every actor of
 * the policy articles, and the probability above which an actor is listed,
 * chosen on out-of-fold scores of the training pages for precision first.
 */
import { scoreLinear } from '../../engine/model/linear.ts';
import type { StakeholderModel } from '../../engine/weights/index.ts';
import { type BinaryExample, fitLogistic, pageFolds } from '../fit/logistic.ts';
import { type FeatureFilter, keepFeatures, type PreparedPage } from './prepared-corpus.ts';

export const STAKEHOLDER_FIT = { l2: 0.03, epochs: 300, learningRate: 0.5 };
/** Precision counts this much more than recall when the threshold is chosen (F-beta with beta < 1). */
const BETA = 1;
const INNER_FOLDS = 4;

function examplesOf(pages: readonly PreparedPage[], keep?: FeatureFilter): BinaryExample[] {
  return pages.flatMap((p) =>
    p.labelled.map((l) => ({ features: keepFeatures(l.candidate.selection, keep), label: l.goldStance === null ? 0 : 1 }) as BinaryExample),
  );
}

export function trainStakeholder(pages: readonly PreparedPage[], keep?: FeatureFilter): StakeholderModel {
  const model = fitLogistic(examplesOf(pages, keep), STAKEHOLDER_FIT);
  return { model, threshold: fittedThreshold(pages, keep) };
}

/** The threshold with the best precision-weighted F on scores of pages the model did not see. */
function fittedThreshold(pages: readonly PreparedPage[], keep?: FeatureFilter): number {
  const scored: { p: number; matched: boolean }[] = [];
  let gold = 0;
  const folds = pageFolds(pages.map((p) => p.page.id), INNER_FOLDS);
  for (const fold of folds) {
    const inFold = new Set(fold);
    const model = fitLogistic(examplesOf(pages.filter((p) => !inFold.has(p.page.id)), keep), STAKEHOLDER_FIT);
    for (const p of pages.filter((q) => inFold.has(q.page.id))) {
      gold += p.goldStakeholders;
      for (const l of p.labelled) {
        scored.push({ p: scoreLinear(model, keepFeatures(l.candidate.selection, keep)).probability, matched: l.goldStance !== null });
      }
    }
  }
  let best = { threshold: 0.5, f: -1 };
  for (let t = 0.1; t <= 0.9; t += 0.025) {
    const kept = scored.filter((s) => s.p >= t);
    const right = kept.filter((s) => s.matched).length;
    const precision = kept.length ? right / kept.length : 0;
    const recall = gold ? right / gold : 0;
    const b2 = BETA * BETA;
    const f = precision + recall ? ((1 + b2) * precision * recall) / (b2 * precision + recall) : 0;
    if (f > best.f) best = { threshold: Math.round(t * 1000) / 1000, f };
  }
  return best.threshold;
}
