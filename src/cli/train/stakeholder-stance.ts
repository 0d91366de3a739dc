/**
 * The stakeholder and stance step of `npm run train` (`tsx src/cli/train/stakeholder-stance.ts`):
 * both models fitted on one reading of the corpus (speakers as the saved
 * speaker model names them) and saved as JSON in src/engine/weights/, each
 * with how it was fitted (pages, options, features, cross-validated and
 * fitted figures). Deterministic: the same corpus gives the same files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toRecord } from '../analysis-record.ts';
import { CorpusMissingError, DEFAULT_CORPUS, listCorpus, PROJECT_ROOT } from '../corpus.ts';
import { scorePage, totalsOf, type Totals } from '../scoring.ts';
import { crossValidate } from './cross-validate.ts';
import { trainModels } from './models.ts';
import { prepareCorpus, type PreparedPage } from './prepared-corpus.ts';
import { STAKEHOLDER_FIT, STAKEHOLDER_THRESHOLD_RULE } from './stakeholder.ts';
import { INNER_FOLDS, INNER_SPLITS, REVERSAL_COST, STANCE_FIT } from './stance.ts';
import type { Analysis } from '../../engine/types.ts';

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
  maxPerPage: models.stakeholder.maxPerPage,
  fitted: {
    command: 'npm run train (step: tsx src/cli/train/stakeholder-stance.ts)',
    data,
    options: { ...STAKEHOLDER_FIT, threshold: STAKEHOLDER_THRESHOLD_RULE },
    features: Object.keys(models.stakeholder.model.weights),
    crossValidated: { folds: FOLDS, ...figures(cv) },
    fittedOnAll: figures(fitted),
  },
});
save('stance.json', {
  model: models.stance.model,
  minSideProbability: models.stance.minSideProbability,
  fitted: {
    command: 'npm run train (step: tsx src/cli/train/stakeholder-stance.ts)',
    data: { ...data, labelledStakeholders: pages.reduce((n, p) => n + p.labelled.filter((l) => l.goldStance).length, 0) },
    options: { ...STANCE_FIT, abstention: `right answers minus ${REVERSAL_COST} per reversed side, on ${INNER_FOLDS}-fold out-of-fold probabilities, ${INNER_SPLITS} splits` },
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
