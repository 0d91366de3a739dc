/**
 * `npm run eval -- [DIR] [--json] [--cv K] [--ablate [stance|selection]] [--errors] [--stance-errors] [--cues]`: score the engine against
 * the corpus's gold labels (rules in the corpus README, implemented in
 * scoring.ts), overall, per source and per language. `--cv K` adds the
 * figures of models fitted on k−1 page folds and scored on the rest;
 * `--ablate` switches each feature group off in turn and reports the change
 * it makes in the cross-validated figures; `--errors` lists the stakeholder
 * errors by cause (cross-validated when `--cv` is given).
 */
import { resolve } from 'node:path';
import type { Analysis } from '../engine/types.ts';
import { toRecord } from './analysis-record.ts';
import { CorpusMissingError, DEFAULT_CORPUS, listCorpus } from './corpus.ts';
import { ablate } from './eval/ablation.ts';
import { formatStakeholderErrors, stakeholderErrors } from './eval/stakeholder-errors.ts';
import { auditCues, formatCueAudit } from './eval/cue-audit.ts';
import { formatStanceErrors, stanceErrors } from './eval/stance-errors.ts';
import { scorePage, sourceOf, totalsBy, totalsOf, type PageCounts, type Totals } from './scoring.ts';
import { crossValidate } from './train/cross-validate.ts';
import { prepareCorpus, type PreparedPage } from './train/prepared-corpus.ts';

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
const ablateOnly = ablateAt >= 0 && ['stance', 'selection'].includes(args[ablateAt + 1] ?? '') ? args[ablateAt + 1] : undefined;
const cvAt = args.indexOf('--cv');
const folds = cvAt >= 0 ? Math.max(2, Number(args[cvAt + 1]) || 5) : args.includes('--ablate') ? 5 : 0;
const dirArg = args.find((a, i) => !a.startsWith('--') && !(cvAt >= 0 && i === cvAt + 1) && !(ablateOnly && i === ablateAt + 1));
const dir = dirArg ? resolve(dirArg) : DEFAULT_CORPUS;

let corpus;
try {
  corpus = listCorpus(dir);
} catch (error) {
  if (!(error instanceof CorpusMissingError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}

const pages = await prepareCorpus(corpus);
const fittedAnalyses = pages.map((p) => p.prepared.analyse());
const cvAnalyses = folds ? crossValidate(pages, folds) : null;
const fittedCounts = countsOf(pages, fittedAnalyses);
const cvCounts = cvAnalyses ? countsOf(pages, cvAnalyses) : null;
const fitted = totalsOf(fittedCounts);
const cv = cvCounts ? totalsOf(cvCounts) : null;

if (json) {
  process.stdout.write(`${JSON.stringify(cv ? { fitted, crossValidated: cv } : fitted)}\n`);
} else {
  process.stdout.write(`Corpus: ${dir} (${pages.length} pages)\n`);
  process.stdout.write('columns: ✗ = wrong; quotes matched/predicted/gold; spk right/scored/named gold; stk matched/predicted/gold; stance right/matched\n\n');
  process.stdout.write(`${pages.map((p, i) => pageRow(p, fittedCounts[i])).join('\n')}\n\n`);
  process.stdout.write(cv ? `Totals (saved weights | cross-validated, ${folds} page folds)\n` : 'Totals\n');
  for (const key of Object.keys(fitted) as (keyof Totals)[]) {
    if (key === 'pages') continue;
    process.stdout.write(`  ${key.padEnd(20)} ${fitted[key].toFixed(3)}${cv ? ` | ${cv[key].toFixed(3)}` : ''}  ${verdict(key, cv?.[key] ?? fitted[key])}\n`);
  }
  const breakdown = (title: string, groupOf: (p: PreparedPage) => string) => {
    const rows = totalsBy(pages, fittedCounts, groupOf);
    const cvRows = cvCounts ? totalsBy(pages, cvCounts, groupOf) : [];
    process.stdout.write(`\nBy ${title} (saved${cv ? ' | cv' : ''}): stakeholder P/R, stance, reversed, speaker, topic\n`);
    rows.forEach((row, i) => {
      const show = (t: Totals) =>
        [t.stakeholderPrecision, t.stakeholderRecall, t.stanceAccuracy, t.stanceReversed, t.speakerAccuracy, t.topicAccuracy].map((x) => x.toFixed(2)).join(' ');
      const other = cvRows[i];
      process.stdout.write(`  ${row.group.padEnd(6)} ${String(row.totals.pages).padStart(3)} pages  ${show(row.totals)}${other ? ` | ${show(other.totals)}` : ''}\n`);
    });
  };
  breakdown('source', (p) => sourceOf(p.page.id));
  breakdown('language', (p) => p.page.gold.lang ?? 'unknown');
  if (args.includes('--errors')) process.stdout.write(`\n${formatStakeholderErrors(stakeholderErrors(pages, cvAnalyses ?? fittedAnalyses))}\n`);
  // `--stance-errors`: every wrong stance of the cross-validated run (or of the saved weights), reversed first.
  if (args.includes('--stance-errors')) process.stdout.write(`\n${formatStanceErrors(stanceErrors(pages, cvAnalyses ?? fittedAnalyses))}\n`);
  // `--cues`: on how many pages each stance cue fires; one-page cues are listed.
  if (args.includes('--cues')) process.stdout.write(`\n${formatCueAudit(auditCues(pages))}\n`);
  if (args.includes('--ablate')) process.stdout.write(`\n${ablate(pages, folds, (line) => process.stderr.write(`${line}\n`), ablateOnly)}\n`);
}

function countsOf(prepared: readonly PreparedPage[], analyses: readonly Analysis[]): PageCounts[] {
  return prepared.map((p, i) => scorePage(p.page.gold, toRecord(p.page.htmlPath, analyses[i] ?? p.prepared.analyse())));
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
