/**
 * Page-level cross-validation: the models fitted on k−1 folds decide the
 * pages of the remaining one, so every page is scored by weights that never
 * saw it.
 */
import type { Analysis } from '../../engine/types.ts';
import { pageFolds } from '../fit/logistic.ts';
import { trainModels, type TrainOptions } from './models.ts';
import type { PreparedPage } from './prepared-corpus.ts';

/** The analysis of every page (in the order given) by models fitted without its fold. */
export function crossValidate(pages: readonly PreparedPage[], k: number, options: TrainOptions = {}): Analysis[] {
  const byId = new Map<string, Analysis>();
  for (const fold of pageFolds(pages.map((p) => p.page.id), k)) {
    const inFold = new Set(fold);
    const models = trainModels(pages.filter((p) => !inFold.has(p.page.id)), options);
    for (const p of pages) if (inFold.has(p.page.id)) byId.set(p.page.id, p.prepared.analyse(models));
  }
  return pages.map((p) => byId.get(p.page.id) ?? p.prepared.analyse());
}
