/**
 * `tsx src/cli/train/issue.ts [--cv 5]`: fit the issue-phrase score
 * (logistic over candidate features, src/engine/issue/candidates.ts) against
 * the corpus's gold `issue` phrases and write src/engine/weights/issue.json.
 * Each candidate is a soft example whose target is its content-word F1 with
 * the gold phrase relative to the page's best candidate, so every page
 * teaches which of its own phrases to prefer. With `--cv K`, page-level
 * cross-validated F1 beside the fitted one, per language and source.
 */
import { fileURLToPath } from 'node:url';
import { type IssueCandidate, issueCandidates } from '../../engine/issue/candidates.ts';
import { bestIssueCandidate } from '../../engine/issue/index.ts';
import type { LinearModel } from '../../engine/model/linear.ts';
import { type BinaryExample, fitLogistic, pageFolds } from '../fit/logistic.ts';
import { issueF1 } from '../scoring-issue.ts';
import type { DetectPage } from './detect-data.ts';
import { type WeightsFile, cvFoldsArg, loadTrainerPages, pruneLinear, writeWeights } from './detect-fit.ts';

export const ISSUE_FIT = { l2: 0.001, epochs: 150, learningRate: 0.5 } as const;

export interface IssuePage {
  page: DetectPage;
  candidates: { candidate: IssueCandidate; f1: number }[];
}

/** Policy pages with a gold issue, their candidates scored once. */
export function issuePages(pages: readonly DetectPage[]): IssuePage[] {
  return pages
    .filter((p) => p.gold.is_policy && p.gold.issue)
    .map((page) => ({
      page,
      candidates: issueCandidates(page).map((candidate) => ({ candidate, f1: issueF1(candidate.text, page.gold.issue ?? null) })),
    }));
}

/** Soft examples: "yes" weighted by a candidate's F1 over its page's best, "no" by the rest; each page weighs one in all. */
export function trainIssue(data: readonly IssuePage[], ids: ReadonlySet<string>): LinearModel {
  const examples: BinaryExample[] = [];
  for (const { page, candidates } of data) {
    const best = Math.max(0, ...candidates.map((c) => c.f1));
    if (!ids.has(page.id) || !best) continue;
    const share = 1 / candidates.length;
    for (const { candidate, f1 } of candidates) {
      const target = f1 / best;
      examples.push({ features: candidate.features, label: 1, weight: target * share });
      examples.push({ features: candidate.features, label: 0, weight: (1 - target) * share });
    }
  }
  return pruneLinear(fitLogistic(examples, ISSUE_FIT), 100);
}

/** Content-word F1 of the phrase the model picks, per page id (among `ids`). */
export function issueScores(model: LinearModel, data: readonly IssuePage[], ids: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const { page, candidates } of data) {
    if (!ids.has(page.id)) continue;
    out.set(page.id, issueF1(bestIssueCandidate(candidates.map((c) => c.candidate), model)?.text ?? null, page.gold.issue ?? null));
  }
  return out;
}

/** Every page's F1 by the model fitted without its fold. */
export function crossValidatedIssueScores(data: readonly IssuePage[], k: number): Map<string, number> {
  const out = new Map<string, number>();
  const ids = data.map((d) => d.page.id);
  for (const fold of pageFolds(ids, k)) {
    const held = new Set(fold);
    const model = trainIssue(data, new Set(ids.filter((id) => !held.has(id))));
    for (const [id, f1] of issueScores(model, data, held)) out.set(id, f1);
  }
  return out;
}

/** Mean F1 of all pages, then per language ("en") and per source ("rd", "sh", "tf"). */
export function issueBreakdown(scores: ReadonlyMap<string, number>, data: readonly IssuePage[]): Record<string, number> {
  const groups = new Map<string, number[]>();
  for (const { page } of data) {
    const f1 = scores.get(page.id);
    if (f1 === undefined) continue;
    for (const group of ['all', page.lang ?? 'en', page.id.split('-')[0] ?? '']) groups.set(group, [...(groups.get(group) ?? []), f1]);
  }
  return Object.fromEntries([...groups].map(([g, values]) => [g, round(values.reduce((a, b) => a + b, 0) / values.length)]));
}

export function issueWeightsFile(pages: readonly DetectPage[], cvFolds: number): WeightsFile<LinearModel> {
  const data = issuePages(pages);
  const all = new Set(data.map((d) => d.page.id));
  const model = trainIssue(data, all);
  const figures: Record<string, number> = {};
  for (const [group, f1] of Object.entries(issueBreakdown(issueScores(model, data, all), data))) figures[`fittedIssueF1:${group}`] = f1;
  if (cvFolds > 1) {
    for (const [group, f1] of Object.entries(issueBreakdown(crossValidatedIssueScores(data, cvFolds), data))) figures[`cv${cvFolds}IssueF1:${group}`] = f1;
  }
  return {
    fitted: {
      how: 'logistic regression (src/cli/fit/logistic.ts) over candidate-phrase features; each candidate a soft example weighted by its content-word F1 with the gold issue (src/cli/scoring-issue.ts) over its page best',
      data: `${data.length} corpus policy pages with a gold issue`,
      options: { ...ISSUE_FIT },
      figures,
      command: 'tsx src/cli/train/issue.ts --cv 5',
    },
    model,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWeights('issue', issueWeightsFile(await loadTrainerPages(), cvFoldsArg(process.argv.slice(2))));
}
