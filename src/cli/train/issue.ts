/**
 * `tsx src/cli/train/issue.ts [--cv 5]`: fit the per-word issue model
 * (logistic over word features, src/engine/issue/words.ts: is this content
 * word in the gold `issue`?) and the expected count of gold words no page
 * word offers; write src/engine/weights/issue.json. The engine then picks the
 * phrase with the highest expected content-word F1 (src/engine/issue/index.ts).
 * With `--cv K`, print page-level cross-validated F1 beside the fitted one;
 * with `--errors`, list each page's gold, pick and best candidate instead.
 * Pages in other languages are scored by their English gloss
 * (src/engine/issue/english.ts), as the CLI writes the issue.
 */
import { fileURLToPath } from 'node:url';
import { indexActors, placeNames } from '../../engine/actors/actors-index.ts';
import { findMentions } from '../../engine/actors/mentions.ts';
import { issueCandidates } from '../../engine/issue/candidates.ts';
import { englishIssue } from '../../engine/issue/english.ts';
import { type IssueModel, issuePhrase, phraseOfKeys } from '../../engine/issue/index.ts';
import { type IssueWord, issueRuns, issueWords, sentenceRuns } from '../../engine/issue/words.ts';
import type { PolicyVerdict } from '../../engine/types.ts';
import { NO_TRACE } from '../../engine/trace.ts';
import { type BinaryExample, fitLogistic, pageFolds } from '../fit/logistic.ts';
import { issueContentWords, issueF1 } from '../scoring-issue.ts';
import type { DetectPage } from './detect-data.ts';
import { type IssueCauses, type IssueLoss, causeLines, causeTotals, issueCauses, issueLoss, lossTotals } from './issue-causes.ts';
import { type WeightsFile, cvFoldsArg, loadTrainerPages, pruneLinear, writeWeights } from './detect-fit.ts';

/**
 * Lighter L2 than the other stages, run to convergence: the word model has few
 * features and ~100 examples a page, and trainer CV F1 over l2 0.01 / 0.003 /
 * 0.001 / 0.0001 was 0.377 / 0.385 / 0.386 / 0.375 (600 epochs below 0.01).
 */
export const ISSUE_FIT = { l2: 0.003, epochs: 600, learningRate: 0.5 } as const;

export interface IssuePage {
  page: DetectPage;
  /** The page's content words with their features, each labelled by whether the gold issue holds it. */
  words: (IssueWord & { inGold: boolean })[];
  /** The places' names as the engine's actor index finds them before the issue. */
  places: string[];
  /** Gold content words no page word offers. */
  unseen: number;
  /** The best F1 a phrase the engine considers could reach: a clause of the headline or lede, or the page's words in the gold. */
  ceiling: { f1: number; text: string };
  /** The best phrase the engine could choose with every word's probability right: a candidate, or one sentence's words in the gold. */
  oracle: { f1: number; text: string };
}

const POLICY: PolicyVerdict = { isPolicy: true, topic: null, confidence: 1, signals: [] };

/** Policy pages with a gold issue, their words read once. */
export function issuePages(pages: readonly DetectPage[]): IssuePage[] {
  return pages
    .filter((p) => p.gold.is_policy && p.gold.issue)
    .map((page) => {
      const gold = issueContentWords(page.gold.issue ?? '');
      const runs = issueRuns(page);
      const places = page.article ? placeNames(indexActors(findMentions(page.article), page.article.text, page.article.lang)) : [];
      const words = issueWords(page, runs, places).map((w) => ({ ...w, inGold: gold.has(w.key) }));
      const offered = new Set(words.map((w) => w.key));
      const scored = (text: string) => ({ text, f1: issueF1(englishIssue(text, page.lang), page.gold.issue ?? null) });
      const best = (texts: string[]) => texts.map(scored).reduce((a, b) => (b.f1 > a.f1 ? b : a), { text: '—', f1: 0 });
      const candidates = issueCandidates(page).map((c) => c.text);
      const goldOffered = new Set(words.filter((w) => w.inGold).map((w) => w.key));
      const ceiling = best([...candidates, phraseOfKeys(runs, goldOffered)]);
      const oracle = best([...candidates, ...sentenceRuns(page).map((run) => phraseOfKeys([run], goldOffered))]);
      return { page, words, places, unseen: [...gold].filter((w) => !offered.has(w)).length, ceiling, oracle };
    });
}

/** One example per word; each page weighs one in all, so a long page does not outvote a short one. */
export function trainIssue(data: readonly IssuePage[], ids: ReadonlySet<string>): IssueModel {
  const examples: BinaryExample[] = [];
  let unseen = 0;
  let pages = 0;
  for (const { page, words, unseen: missing } of data) {
    if (!ids.has(page.id) || !words.length) continue;
    pages++;
    unseen += missing;
    for (const word of words) examples.push({ features: word.features, label: word.inGold ? 1 : 0, weight: 1 / words.length });
  }
  return { words: pruneLinear(fitLogistic(examples, ISSUE_FIT), 100), unseen: round(pages ? unseen / pages : 0) };
}

export function meanIssueF1(model: IssueModel, data: readonly IssuePage[], ids: ReadonlySet<string>, lang?: string): { sum: number; pages: number } {
  let sum = 0;
  let pages = 0;
  for (const { page, places } of data) {
    if (!ids.has(page.id) || (lang && (page.lang ?? 'en') !== lang)) continue;
    const phrase = issuePhrase(page, POLICY, model, NO_TRACE, places);
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

export function issueWeightsFile(pages: readonly DetectPage[], cvFolds: number): WeightsFile<IssueModel> {
  const data = issuePages(pages);
  const all = new Set(data.map((d) => d.page.id));
  const model = trainIssue(data, all);
  const mean = (s: { sum: number; pages: number }): number => round(s.pages ? s.sum / s.pages : 0);
  return {
    fitted: {
      how: 'logistic regression (src/cli/fit/logistic.ts) over content-word features, each word labelled by whether the gold issue holds it (content words as src/cli/scoring-issue.ts compares them), pages weighted equally; unseen = mean count of gold words no page word offers',
      data: `${data.length} corpus policy pages with a gold issue`,
      options: { ...ISSUE_FIT },
      figures: {
        fittedIssueF1: mean(meanIssueF1(model, data, all)),
        fittedIssueF1English: mean(meanIssueF1(model, data, all, 'en')),
        ...(cvFolds > 1
          ? { [`cv${cvFolds}IssueF1`]: round(crossValidateIssue(data, cvFolds)), [`cv${cvFolds}IssueF1English`]: round(crossValidateIssue(data, cvFolds, 'en')) }
          : {}),
        ceilingIssueF1: round(data.reduce((sum, d) => sum + d.ceiling.f1, 0) / Math.max(data.length, 1)),
      },
      command: 'tsx src/cli/train/issue.ts --cv 5',
    },
    model,
  };
}

/**
 * `--errors`: per page, the gold issue, the phrase picked by a model fitted
 * without the page's fold (as the CLI writes it, in English) and the best
 * candidate (the ceiling the candidates allow), with the words missed and in
 * excess and why (issue-causes.ts), worst first; then the mean
 * cross-validated, oracle and ceiling F1 per language and source, the causes'
 * totals and the loss split by where it arises (the right phrase not among
 * those the engine builds, the choice, a pick cut short).
 */
export function issueErrors(data: readonly IssuePage[], k: number): string {
  const rows: { id: string; f1: number; best: number; text: string }[] = [];
  const causes: IssueCauses[] = [];
  const losses: IssueLoss[] = [];
  const groups = new Map<string, { f1: number; oracle: number; best: number; pages: number }>();
  for (const fold of pageFolds(data.map((d) => d.page.id), k)) {
    const held = new Set(fold);
    const model = trainIssue(data, new Set(data.map((d) => d.page.id).filter((id) => !held.has(id))));
    for (const { page, ceiling, oracle, words, places } of data) {
      if (!held.has(page.id)) continue;
      const phrase = issuePhrase(page, POLICY, model, NO_TRACE, places);
      const picked = phrase === null ? null : englishIssue(phrase, page.lang);
      const f1 = issueF1(picked, page.gold.issue ?? null);
      const read = new Set(issueRuns(page).flatMap((run) => run.keys.flat()));
      const cause = issueCauses(page.gold.issue ?? '', picked, words, read);
      causes.push(cause);
      losses.push(issueLoss(f1, oracle.f1, cause));
      const lines = [`  gold   ${page.gold.issue}`, `  picked ${picked}`, `  oracle ${oracle.text} (${oracle.f1.toFixed(2)})`, `  best   ${ceiling.text}`, ...causeLines(cause)];
      rows.push({ id: page.id, f1, best: ceiling.f1, text: lines.join('\n') });
      for (const group of ['all', page.lang ?? 'en', page.id.split('-')[0] ?? '']) {
        const g = groups.get(group) ?? { f1: 0, oracle: 0, best: 0, pages: 0 };
        groups.set(group, { f1: g.f1 + f1, oracle: g.oracle + Math.max(f1, oracle.f1), best: g.best + ceiling.f1, pages: g.pages + 1 });
      }
    }
  }
  const pages = rows.sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id)).map((r) => `${r.id}  F1 ${r.f1.toFixed(2)}  best ${r.best.toFixed(2)}\n${r.text}`);
  const table = [...groups].map(
    ([group, g]) =>
      `${group.padEnd(5)} pages ${String(g.pages).padStart(3)}  cv F1 ${(g.f1 / g.pages).toFixed(3)}  oracle ${(g.oracle / g.pages).toFixed(3)}  ceiling ${(g.best / g.pages).toFixed(3)}`,
  );
  return [...pages, '', ...table, '', ...causeTotals(causes), '', ...lossTotals(losses)].join('\n');
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
