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
/**
 * The target on unseen pages is precision ≥ 0.60 at recall ≥ 0.70, precision
 * first: the threshold keeps the most recall whose out-of-fold precision
 * reaches PRECISION_TARGET; when no threshold reaches it, the most precise
 * one that still keeps MIN_RECALL.
 */
const PRECISION_TARGET = 0.6;
const MIN_RECALL = 0.5;
export const STAKEHOLDER_THRESHOLD_RULE = `most recall at out-of-fold precision ≥ ${PRECISION_TARGET} (else most precision at recall ≥ ${MIN_RECALL}), on 4-fold out-of-fold scores of the training pages`;
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

/** The threshold chosen on scores of pages the model did not see. */
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
  return chooseThreshold(scored, gold);
}

interface Scored {
  p: number;
  matched: boolean;
}

/** The rule of STAKEHOLDER_THRESHOLD_RULE over scored candidates and the number of gold stakeholders. */
export function chooseThreshold(scored: readonly Scored[], gold: number): number {
  const points: { threshold: number; precision: number; recall: number }[] = [];
  for (let step = 4; step <= 36; step++) {
    const threshold = step / 40;
    const kept = scored.filter((s) => s.p >= threshold);
    const right = kept.filter((s) => s.matched).length;
    points.push({ threshold, precision: kept.length ? right / kept.length : 0, recall: gold ? right / gold : 0 });
  }
  const precise = points.filter((x) => x.precision >= PRECISION_TARGET);
  if (precise.length) return precise.reduce((a, b) => (b.recall > a.recall ? b : a)).threshold;
  const enough = points.filter((x) => x.recall >= MIN_RECALL);
  const pool = enough.length ? enough : points;
  return pool.reduce((a, b) => (b.precision > a.precision ? b : a)).threshold;
}
