/**
 * Fitting the stance model: a softmax over the five stances for every
 * candidate that names a gold stakeholder, strongly regularised (the corpus
 * is small), and the abstention point: the least probability at which a side
 * is shown, chosen on out-of-fold probabilities of the training pages so that
 * a reversed side costs more than an open one.
 */
import { decideStance } from '../../engine/stance/decide.ts';
import type { StanceModel } from '../../engine/weights/index.ts';
import { type ClassExample, fitSoftmax, pageFolds } from '../fit/logistic.ts';
import { type FeatureFilter, keepFeatures, type PreparedPage } from './prepared-corpus.ts';

export const STANCES = ['supports', 'opposes', 'mixed', 'neutral', 'unclear'] as const;
export const STANCE_FIT = { l2: 0.05, epochs: 300, learningRate: 0.5 };
/** A side shown as its opposite costs this many right answers. */
export const REVERSAL_COST = 2;
const INNER_FOLDS = 4;

function examplesOf(pages: readonly PreparedPage[], keep?: FeatureFilter): ClassExample[] {
  return pages.flatMap((p) =>
    p.labelled.flatMap((l) =>
      l.goldStance && (STANCES as readonly string[]).includes(l.goldStance)
        ? [{ features: keepFeatures(l.candidate.stance, keep), label: l.goldStance }]
        : [],
    ),
  );
}

export function trainStance(pages: readonly PreparedPage[], keep?: FeatureFilter): StanceModel {
  const model = fitSoftmax(examplesOf(pages, keep), STANCES, STANCE_FIT);
  return { model, minSideProbability: fittedAbstention(pages, keep) };
}

function fittedAbstention(pages: readonly PreparedPage[], keep?: FeatureFilter): number {
  const held: { fold: StanceModel['model']; example: ClassExample }[] = [];
  for (const fold of pageFolds(pages.map((p) => p.page.id), INNER_FOLDS)) {
    const inFold = new Set(fold);
    const model = fitSoftmax(examplesOf(pages.filter((p) => !inFold.has(p.page.id)), keep), STANCES, STANCE_FIT);
    for (const example of examplesOf(pages.filter((p) => inFold.has(p.page.id)), keep)) held.push({ fold: model, example });
  }
  let best = { threshold: 0.5, value: -Infinity };
  for (let t = 0.2; t <= 0.95; t += 0.025) {
    let value = 0;
    for (const { fold, example } of held) {
      const shown = decideStance({ model: fold, minSideProbability: t }, example.features).stance;
      if (shown === example.label) value += 1;
      else if (isReversal(shown, example.label)) value -= REVERSAL_COST;
    }
    if (value > best.value) best = { threshold: Math.round(t * 1000) / 1000, value };
  }
  return best.threshold;
}

export function isReversal(shown: string, truth: string): boolean {
  return (shown === 'supports' && truth === 'opposes') || (shown === 'opposes' && truth === 'supports');
}
