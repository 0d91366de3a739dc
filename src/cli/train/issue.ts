/**
 * `tsx src/cli/train/issue.ts [--cv 5]`: fit the issue-phrase score
 * (logistic over candidate features, src/engine/issue/candidates.ts) against
 * the corpus's gold `issue` phrases, each candidate's target being its
 * content-word F1 with the gold phrase; write src/engine/weights/issue.json.
 * With `--cv K`, print page-level cross-validated F1 beside the fitted one;
 * with `--errors`, list each page's gold, pick and best candidate instead.
 * Candidates of pages in other languages are scored by their English gloss
 * (src/engine/issue/english.ts), as the CLI writes the issue.
 */
import { fileURLToPath } from 'node:url';
import { type IssueCandidate, issueCandidates } from '../../engine/issue/candidates.ts';
import { englishIssue } from '../../engine/issue/english.ts';
import { issuePhrase } from '../../engine/issue/index.ts';
import type { LinearModel } from '../../engine/model/linear.ts';
import { type BinaryExample, fitLogistic, pageFolds } from '../fit/logistic.ts';
import { issueF1 } from '../scoring-issue.ts';
import type { DetectPage } from './detect-data.ts';
import { type WeightsFile, cvFoldsArg, loadTrainerPages, pruneLinear, writeWeights } from './detect-fit.ts';

export const ISSUE_FIT = { l2: 0.001, epochs: 300, learningRate: 0.5 } as const;

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
      candidates: issueCandidates(page).map((candidate) => ({ candidate, f1: issueF1(englishIssue(candidate.text, page.lang), page.gold.issue ?? null) })),
    }));
}

/** Each candidate is a soft example: "yes" weighted by its F1, "no" by the rest; each page weighs one in all. */
export function trainIssue(data: readonly IssuePage[], ids: ReadonlySet<string>): LinearModel {
  const examples: BinaryExample[] = [];
  for (const { page, candidates } of data) {
    if (!ids.has(page.id) || !candidates.length) continue;
    const share = 1 / candidates.length;
    const top = Math.max(...candidates.map((c) => c.f1));
    for (const { candidate, f1 } of candidates) {
      const target = top > 0 ? f1 / top : 0;
      examples.push({ features: candidate.features, label: 1, weight: target * share });
      examples.push({ features: candidate.features, label: 0, weight: (1 - target) * share });
    }
  }
  return pruneLinear(fitLogistic(examples, ISSUE_FIT), 100);
}

const POLICY = { isPolicy: true, topic: null, confidence: 1, signals: [] };

export function meanIssueF1(model: LinearModel, data: readonly IssuePage[], ids: ReadonlySet<string>, lang?: string): { sum: number; pages: number } {
  let sum = 0;
  let pages = 0;
  for (const { page } of data) {
    if (!ids.has(page.id) || (lang && (page.lang ?? 'en') !== lang)) continue;
    const phrase = issuePhrase(page, POLICY, model);
    sum += issueF1(phrase === null ? null : englishIssue(phrase, page.lang), page.gold.issue ?? null);
    pages++;
  }
  return { sum, pages };
}

export function crossValidateIssue(data: readonly IssuePage[], k: number, lang?: string): number {
  let sum = 0;
  let pages = 0;
  for (const fold of pageFolds(data.map((d) => d.page.id), k)) {
    const held = new Set(fold);
    const model = trainIssue(data, new Set(data.map((d) => d.page.id).filter((id) => !held.has(id))));
    const score = meanIssueF1(model, data, held, lang);
    sum += score.sum;
    pages += score.pages;
  }
  return pages ? sum / pages : 0;
}

export function issueWeightsFile(pages: readonly DetectPage[], cvFolds: number): WeightsFile<LinearModel> {
  const data = issuePages(pages);
  const all = new Set(data.map((d) => d.page.id));
  const model = trainIssue(data, all);
  const mean = (s: { sum: number; pages: number }): number => round(s.pages ? s.sum / s.pages : 0);
  return {
    fitted: {
      how: 'logistic regression (src/cli/fit/logistic.ts) over candidate-phrase features; each candidate a soft example weighted by its content-word F1 with the gold issue (src/cli/scoring-issue.ts)',
      data: `${data.length} corpus policy pages with a gold issue`,
      options: { ...ISSUE_FIT },
      figures: {
        fittedIssueF1: mean(meanIssueF1(model, data, all)),
        fittedIssueF1English: mean(meanIssueF1(model, data, all, 'en')),
        ...(cvFolds > 1
          ? { [`cv${cvFolds}IssueF1`]: round(crossValidateIssue(data, cvFolds)), [`cv${cvFolds}IssueF1English`]: round(crossValidateIssue(data, cvFolds, 'en')) }
          : {}),
      },
      command: 'tsx src/cli/train/issue.ts --cv 5',
    },
    model,
  };
}

/**
 * `--errors`: per page, the gold issue, the phrase picked by a model fitted
 * without the page's fold (as the CLI writes it, in English) and the best
 * candidate (the ceiling the candidates allow), worst first; then the mean
 * cross-validated and ceiling F1 per language and source.
 */
export function issueErrors(data: readonly IssuePage[], k: number): string {
  const rows: { id: string; f1: number; best: number; text: string }[] = [];
  const groups = new Map<string, { f1: number; best: number; pages: number }>();
  for (const fold of pageFolds(data.map((d) => d.page.id), k)) {
    const held = new Set(fold);
    const model = trainIssue(data, new Set(data.map((d) => d.page.id).filter((id) => !held.has(id))));
    for (const { page, candidates } of data) {
      if (!held.has(page.id)) continue;
      const phrase = issuePhrase(page, POLICY, model);
      const picked = phrase === null ? null : englishIssue(phrase, page.lang);
      const f1 = issueF1(picked, page.gold.issue ?? null);
      const top = candidates.reduce<{ f1: number; text: string }>((a, c) => (c.f1 > a.f1 ? { f1: c.f1, text: c.candidate.text } : a), { f1: 0, text: '—' });
      rows.push({ id: page.id, f1, best: top.f1, text: `  gold   ${page.gold.issue}\n  picked ${picked}\n  best   ${top.text}` });
      for (const group of ['all', page.lang ?? 'en', page.id.split('-')[0] ?? '']) {
        const g = groups.get(group) ?? { f1: 0, best: 0, pages: 0 };
        groups.set(group, { f1: g.f1 + f1, best: g.best + top.f1, pages: g.pages + 1 });
      }
    }
  }
  const pages = rows.sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id)).map((r) => `${r.id}  F1 ${r.f1.toFixed(2)}  best ${r.best.toFixed(2)}\n${r.text}`);
  const table = [...groups].map(([group, g]) => `${group.padEnd(5)} pages ${String(g.pages).padStart(3)}  cv F1 ${(g.f1 / g.pages).toFixed(3)}  ceiling ${(g.best / g.pages).toFixed(3)}`);
  return [...pages, '', ...table].join('\n');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const pages = await loadTrainerPages();
  if (args.includes('--errors')) process.stdout.write(`${issueErrors(issuePages(pages), cvFoldsArg(args) || 5)}\n`);
  else writeWeights('issue', issueWeightsFile(pages, cvFoldsArg(args)));
}
