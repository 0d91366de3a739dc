/**
 * `npm run eval -- [DIR] [--json] [--cv K [--splits N]] [--ablate [STAGE]] [--errors] [--stance-errors] [--cues]`:
 * score the engine against the corpus's gold labels (rules in the corpus
 * README, implemented in scoring.ts), overall, per source and per language.
 * `--cv K` refits every fitted stage (topic, policy, issue, speaker,
 * stakeholder, stance, in that order) on k−1 page folds and scores the pages
 * of the remaining one, beside the saved weights' figures (fitted on every
 * page by `npm run train`); `--splits N` repeats the cross-validation on N
 * different fold partitions and pools their counts, because one partition's
 * figure moves by a few hundredths with the luck of the split; `--ablate` switches each feature group of every
 * stage (or of STAGE only) off in turn and reports the change it makes in its
 * stage's cross-validated figure (pooled over the splits with `--splits N`); `--errors` lists the stakeholder errors by
 * cause (cross-validated when `--cv` is given).
 */
import { resolve } from 'node:path';
import type { Analysis } from '../engine/types.ts';
import { toRecord } from './analysis-record.ts';
import { CorpusMissingError, DEFAULT_CORPUS, listCorpus } from './corpus.ts';
import { ablationRows, formatAblation, isStage } from './eval/ablation.ts';
import { readPages, withTrainingData } from './eval/corpus-cache.ts';
import { auditCues, formatCueAudit } from './eval/cue-audit.ts';
import { crossValidatePipeline, prepareSaved, STAGES } from './eval/pipeline.ts';
import { formatStakeholderErrors, stakeholderErrors } from './eval/stakeholder-errors.ts';
import { formatStanceErrors, stanceErrors } from './eval/stance-errors.ts';
import { scorePage, sourceOf, totalsBy, totalsOf, type PageCounts, type Totals } from './scoring.ts';
import type { PreparedPage } from './train/prepared-corpus.ts';

const TARGETS: Partial<Record<keyof Totals, number>> = {
  articleAccuracy: 0.96,
  policyF1: 0.93,
  topicAccuracy: 0.75,
  quotePrecision: 0.97,
  quoteF1: 0.97,
  speakerAccuracy: 0.9,
  attributedRecall: 0.85,
  stakeholderRecall: 0.7,
  stakeholderPrecision: 0.6,
  stanceAccuracy: 0.65,
};
/** Figures where lower is better. */
const CEILINGS: Partial<Record<keyof Totals, number>> = { stanceReversed: 0.05 };

const args = process.argv.slice(2);
const json = args.includes('--json');
const ablateAt = args.indexOf('--ablate');
const ablateArg = ablateAt >= 0 && !args[ablateAt + 1]?.startsWith('--') ? args[ablateAt + 1] : undefined;
const ablateOnly = isStage(ablateArg) ? ablateArg : undefined;
const cvAt = args.indexOf('--cv');
const folds = cvAt >= 0 ? Math.max(2, Number(args[cvAt + 1]) || 5) : ablateAt >= 0 ? 5 : 0;
const splitsAt = args.indexOf('--splits');
const splits = splitsAt >= 0 ? Math.max(1, Math.floor(Number(args[splitsAt + 1])) || 3) : 1;
const optionValues = new Set([cvAt >= 0 ? cvAt + 1 : -1, splitsAt >= 0 ? splitsAt + 1 : -1, ablateArg ? ablateAt + 1 : -1]);
const dirArg = args.find((a, i) => !a.startsWith('--') && !optionValues.has(i));
const dir = dirArg ? resolve(dirArg) : DEFAULT_CORPUS;
// A word after --ablate names the stage whose groups to switch off.
if (ablateArg && !ablateOnly) {
  process.stderr.write(`unknown stage ${ablateArg}; stages: ${STAGES.join(', ')}\n`);
  process.exit(2);
}
const progress = (line: string) => process.stderr.write(`${line}\n`);

let corpus;
try {
  corpus = listCorpus(dir);
} catch (error) {
  if (!(error instanceof CorpusMissingError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}

progress(`reading ${corpus.length} pages…`);
const cached = await readPages(corpus);
const pages = prepareSaved(cached);
const fittedAnalyses = pages.map((p) => p.prepared.analyse());
const training = folds ? withTrainingData(cached) : null;
const crossValidations = training ? Array.from({ length: splits }, (_, split) => crossValidatePipeline(training, folds, progress, split)) : [];
const crossValidation = crossValidations[0] ?? null;
const cvAnalyses = crossValidation?.analyses ?? null;
const fittedCounts = countsOf(pages, fittedAnalyses);
// Every split scores every page once, so pooled figures weigh each page equally.
const cvPages = crossValidations.flatMap(() => pages);
const cvCounts = crossValidations.length ? crossValidations.flatMap((c) => countsOf(pages, c.analyses)) : null;
const fitted = totalsOf(fittedCounts);
const cv = cvCounts ? totalsOf(cvCounts) : null;
const bySource = (p: PreparedPage) => sourceOf(p.page.id);
const byLanguage = (p: PreparedPage) => p.page.gold.lang ?? 'unknown';

if (json) {
  const groups = (groupOf: (p: PreparedPage) => string) =>
    totalsBy(pages, fittedCounts, groupOf).map((row, i) => ({ ...row, ...(cvCounts ? { crossValidated: totalsBy(cvPages, cvCounts, groupOf)[i]?.totals } : {}) }));
  process.stdout.write(`${JSON.stringify(cv ? { fitted, crossValidated: cv, bySource: groups(bySource), byLanguage: groups(byLanguage) } : fitted)}\n`);
} else {
  process.stdout.write(`Corpus: ${dir} (${pages.length} pages)\n`);
  process.stdout.write('columns: ✗ = wrong; quotes matched/predicted/gold; spk right/scored/named gold; stk matched/predicted/gold; stance right/matched\n\n');
  process.stdout.write(`${pages.map((p, i) => pageRow(p, fittedCounts[i])).join('\n')}\n\n`);
  process.stdout.write(cv ? `Totals (saved weights, fitted on every page | cross-validated: every stage refitted on ${folds - 1}/${folds} of the pages${splits > 1 ? `, pooled over ${splits} fold splits` : ''})\n` : 'Totals\n');
  for (const key of Object.keys(fitted) as (keyof Totals)[]) {
    if (key === 'pages') continue;
    process.stdout.write(`  ${key.padEnd(20)} ${fitted[key].toFixed(3)}${cv ? ` | ${cv[key].toFixed(3)}` : ''}  ${verdict(key, cv?.[key] ?? fitted[key])}\n`);
  }
  process.stdout.write(`\n${breakdown('source', bySource)}\n${breakdown('language', byLanguage)}\n`);
  if (args.includes('--errors')) process.stdout.write(`\n${formatStakeholderErrors(stakeholderErrors(pages, cvAnalyses ?? fittedAnalyses))}\n`);
  // `--stance-errors`: every wrong stance of every cross-validated split (or of the saved weights), reversed first.
  if (args.includes('--stance-errors')) {
    const runs = crossValidations.length ? crossValidations.map((c) => c.analyses) : [fittedAnalyses];
    process.stdout.write(`\n${formatStanceErrors(runs.map((analyses) => stanceErrors(pages, analyses)))}\n`);
  }
  // `--cues`: on how many pages each stance cue fires; one-page cues are listed.
  if (args.includes('--cues')) process.stdout.write(`\n${formatCueAudit(auditCues(pages))}\n`);
  if (training && crossValidations.length && ablateAt >= 0) {
    process.stdout.write(`\n${formatAblation(ablationRows(training, crossValidations, ablateOnly, progress), folds, crossValidations.length)}\n`);
  }
}

function countsOf(prepared: readonly PreparedPage[], analyses: readonly Analysis[]): PageCounts[] {
  return prepared.map((p, i) => scorePage(p.page.gold, toRecord(p.page.htmlPath, analyses[i] ?? p.prepared.analyse())));
}

/** Each stage's figures per group of pages (source or language): saved weights | cross-validated. */
function breakdown(title: string, groupOf: (p: PreparedPage) => string): string {
  const rows = totalsBy(pages, fittedCounts, groupOf);
  const cvRows = cvCounts ? totalsBy(cvPages, cvCounts, groupOf) : [];
  const columns: [string, (t: Totals) => number][] = [
    ['topic', (t) => t.topicAccuracy],
    ['policy F1', (t) => t.policyF1],
    ['issue F1', (t) => t.issueF1],
    ['speaker', (t) => t.speakerAccuracy],
    ['attr.rec', (t) => t.attributedRecall],
    ['stk P', (t) => t.stakeholderPrecision],
    ['stk R', (t) => t.stakeholderRecall],
    ['stance', (t) => t.stanceAccuracy],
    ['reversed', (t) => t.stanceReversed],
  ];
  const width = cvCounts ? 10 : 9;
  const cell = (f: (t: Totals) => number, a: Totals, b: Totals | undefined) =>
    (b ? `${f(a).toFixed(2)}|${f(b).toFixed(2)}` : f(a).toFixed(2)).padStart(width);
  const lines = [`By ${title} (saved${cvCounts ? ' | cv' : ''})`, `  ${''.padEnd(8)} pages ${columns.map(([name]) => name.padStart(width)).join('')}`];
  rows.forEach((row, i) => {
    const other = cvRows[i]?.totals;
    lines.push(`  ${row.group.padEnd(8)} ${String(row.totals.pages).padStart(5)} ${columns.map(([, f]) => cell(f, row.totals, other)).join('')}`);
  });
  return lines.join('\n');
}

function verdict(key: keyof Totals, value: number): string {
  const target = TARGETS[key];
  if (target !== undefined) return `target ≥ ${target.toFixed(2)} ${value >= target ? 'ok' : 'SHORT'}`;
  const ceiling = CEILINGS[key];
  if (ceiling !== undefined) return `target ≤ ${ceiling.toFixed(2)} ${value <= ceiling ? 'ok' : 'OVER'}`;
  return '';
}

function pageRow(p: PreparedPage, c: PageCounts | undefined): string {
  if (!c) return p.page.id;
  const g = p.page.gold;
  const mark = (ok: boolean) => (ok ? ' ' : '✗');
  return [
    p.page.id.padEnd(28),
    `art ${mark(!!c.articleRight)}`,
    `pol ${mark(!c.policyFP && !c.policyFN)}`,
    `topic ${g.is_policy ? mark(!!c.topicRight) : ' '}`,
    `quotes ${c.quotesMatched}/${c.quotesPredicted}p/${c.quotesGold}g`.padEnd(18),
    `spk ${c.speakerRight}/${c.speakerScored}/${c.namedGold}`.padEnd(12),
    `stk ${c.stakeholdersMatched}/${c.stakeholdersPredicted}/${c.stakeholdersGold}`.padEnd(12),
    `stance ${c.stanceRight}/${c.stakeholdersMatched}${c.stanceReversed ? ` (${c.stanceReversed} reversed)` : ''}`,
  ].join('  ');
}
