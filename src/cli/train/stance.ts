/**
 * Fitting the stance model: a softmax over the five stances for every
 * candidate that names a gold stakeholder, strongly regularised (the corpus
 * is small), and the abstention point: the least probability at which a side
 * is shown, chosen on out-of-fold probabilities of the training pages so that
 * a reversed side costs more than an open one. That objective is nearly flat
 * over a wide band of probabilities, so the folds are drawn several ways and
 * their values summed: with one split, the point chosen on all pages (0.575)
 * and on four fifths of them (0.45–0.525) differed by chance, and the saved
 * model scored below its own cross-validation.
 */
import { decideStance } from '../../engine/stance/decide.ts';
import type { StanceModel } from '../../engine/weights/index.ts';
import { type ClassExample, fitSoftmax, pageFolds } from '../fit/logistic.ts';
import { type FeatureFilter, keepFeatures, type PreparedPage } from './prepared-corpus.ts';

export const STANCES = ['supports', 'opposes', 'mixed', 'neutral', 'unclear'] as const;
export const STANCE_FIT = { l2: 0.05, epochs: 300, learningRate: 0.5 };
/**
 * A side shown as its opposite costs this many right answers: a reader
 * trusts a wrong side less than an open one. Pooled 3-split CV: cost 2 gave
 * stance 0.520 with 0.063 reversed, 2.5 gave 0.510 / 0.060, 3 gave
 * 0.478 / 0.049. With the quoted-words feature, cost 3 gave 0.615 / 0.056,
 * over the 0.05 ceiling, and 5 gives 0.603 / 0.049 (without the feature, 5
 * gave 0.526 / 0.045).
 */
export const REVERSAL_COST = 5;
export const INNER_FOLDS = 4;
/** How many ways the pages are split into inner folds to choose the abstention point. */
export const INNER_SPLITS = 5;

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
  for (const fold of innerFolds(pages.map((p) => p.page.id))) {
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

/** Every page once per split, each split a different page-level partition (the shared fold helper's splits). */
export function innerFolds(ids: readonly string[], k = INNER_FOLDS, splits = INNER_SPLITS): string[][] {
  return Array.from({ length: splits }, (_, split) => pageFolds(ids, k, split)).flat();
}

export function isReversal(shown: string, truth: string): boolean {
  return (shown === 'supports' && truth === 'opposes') || (shown === 'opposes' && truth === 'supports');
}
