/**
 * `npm run train`: fit the engine's models on the labelled corpus and save
 * them as JSON in src/engine/weights/, each with how it was fitted (pages,
 * options, features, cross-validated and fitted figures). Deterministic: the
 * same corpus gives the same files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toRecord } from './analysis-record.ts';
import { CorpusMissingError, DEFAULT_CORPUS, listCorpus, PROJECT_ROOT } from './corpus.ts';
import { scorePage, totalsOf, type Totals } from './scoring.ts';
import { crossValidate } from './train/cross-validate.ts';
import { trainModels } from './train/models.ts';
import { prepareCorpus, type PreparedPage } from './train/prepared-corpus.ts';
import { STAKEHOLDER_FIT } from './train/stakeholder.ts';
import { REVERSAL_COST, STANCE_FIT } from './train/stance.ts';
import type { Analysis } from '../engine/types.ts';

const FOLDS = 5;
const WEIGHTS_DIR = join(PROJECT_ROOT, 'src/engine/weights');

let corpus;
try {
  corpus = listCorpus(DEFAULT_CORPUS);
} catch (error) {
  if (!(error instanceof CorpusMissingError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}

process.stderr.write(`reading ${corpus.length} pages…\n`);
const pages = await prepareCorpus(corpus);
const models = trainModels(pages);
const fitted = totalsFor(pages, pages.map((p) => p.prepared.analyse(models)));
const cv = totalsFor(pages, crossValidate(pages, FOLDS));

const data = {
  pages: pages.length,
  policyArticles: pages.filter((p) => p.page.gold.is_article && p.page.gold.is_policy).length,
  candidates: pages.reduce((n, p) => n + p.labelled.length, 0),
};
const figures = (t: Totals) => ({
  stakeholderPrecision: round(t.stakeholderPrecision),
  stakeholderRecall: round(t.stakeholderRecall),
  stanceAccuracy: round(t.stanceAccuracy),
  stanceReversed: round(t.stanceReversed),
});
save('stakeholder.json', {
  model: models.stakeholder.model,
  threshold: models.stakeholder.threshold,
  fitted: {
    command: 'npm run train',
    data,
    options: { ...STAKEHOLDER_FIT, threshold: 'precision-weighted F (beta 0.7) on 4-fold out-of-fold scores of the training pages' },
    features: Object.keys(models.stakeholder.model.weights),
    crossValidated: { folds: FOLDS, ...figures(cv) },
    fittedOnAll: figures(fitted),
  },
});
save('stance.json', {
  model: models.stance.model,
  minSideProbability: models.stance.minSideProbability,
  fitted: {
    command: 'npm run train',
    data: { ...data, labelledStakeholders: pages.reduce((n, p) => n + p.labelled.filter((l) => l.goldStance).length, 0) },
    options: { ...STANCE_FIT, abstention: `right answers minus ${REVERSAL_COST} per reversed side, on 4-fold out-of-fold probabilities` },
    features: [...new Set(Object.values(models.stance.model.weights).flatMap((w) => Object.keys(w)))].sort(),
    crossValidated: { folds: FOLDS, ...figures(cv) },
    fittedOnAll: figures(fitted),
  },
});
process.stdout.write(`fitted ${JSON.stringify(figures(fitted))}\ncross-validated ${JSON.stringify(figures(cv))}\n`);

function totalsFor(prepared: readonly PreparedPage[], analyses: readonly Analysis[]): Totals {
  return totalsOf(prepared.map((p, i) => scorePage(p.page.gold, toRecord(p.page.htmlPath, analyses[i] ?? p.prepared.analyse()))));
}

function save(file: string, value: unknown): void {
  writeFileSync(join(WEIGHTS_DIR, file), `${JSON.stringify(value, null, 1)}\n`);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
