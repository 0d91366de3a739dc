/**
 * What the detect trainers (topic, policy) share: the examples computed once,
 * the vocabulary a model may use, weight pruning, and the command-line runner
 * that writes `src/engine/weights/<stage>.json`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { civicFeatures } from '../../engine/detect/civic-features.ts';
import { type WordWeighting, WORD_WEIGHTING, pageWordsOf, topicFeatures } from '../../engine/detect/topic-features.ts';
import type { Features, LinearModel, SoftmaxModel } from '../../engine/model/linear.ts';
import { PROJECT_ROOT } from '../corpus.ts';
import { type DetectPage, type Headline, loadDetectPages } from './detect-data.ts';

export interface DetectExamples {
  headlines: { code: number; features: Features }[];
  /** `features`: the word features both models read; `civic`: the civic cue rates only the policy model reads. */
  pages: { page: DetectPage; features: Features; civic: Features }[];
}

export interface WeightsFile<M> {
  fitted: {
    how: string;
    data: string;
    options: Record<string, number>;
    figures: Record<string, number>;
    command: string;
  };
  model: M;
}

/** Features of every headline and page, computed once. */
export function detectExamples(pages: readonly DetectPage[], headlines: readonly Headline[], weighting: WordWeighting = WORD_WEIGHTING): DetectExamples {
  return {
    headlines: headlines.map((h) => ({ code: h.code, features: topicFeatures({ title: h.title, blocks: [], lang: 'en' }, weighting).features })),
    pages: pages.map((p) => {
      const words = pageWordsOf(p);
      return { page: p, features: topicFeatures(p, weighting, words).features, civic: civicFeatures(words, p.lang) };
    }),
  };
}

/** Headlines a word must appear in to become a feature. */
const MIN_HEADLINES = 3;
/** Training pages a word must appear in: a word of one page is that page's, not the topic's. */
const MIN_PAGES = 3;

/**
 * The features a model may learn: words of several headlines or of several
 * training pages. A language pack's cue counts only through English words the
 * headlines use, so other languages share the headlines' weights instead of
 * learning their own from a page or two.
 */
export function keepVocabulary(headlines: readonly Features[], pages: readonly Features[]): (f: Features) => Features {
  const count = (rows: readonly Features[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const row of rows) for (const f of Object.keys(row)) counts.set(f, (counts.get(f) ?? 0) + 1);
    return counts;
  };
  const inHeadlines = count(headlines);
  const inPages = count(pages);
  const keep = (f: string): boolean => (inHeadlines.get(f) ?? 0) >= MIN_HEADLINES || (inPages.get(f) ?? 0) >= MIN_PAGES || !f.includes(':');
  return (features) => Object.fromEntries(Object.entries(features).filter(([f]) => keep(f)));
}

/** The `perClass` largest weights of each class, rounded to 3 decimals: small JSON, same verdicts. */
export function pruneSoftmax(model: SoftmaxModel, perClass: number): SoftmaxModel {
  return {
    classes: model.classes,
    bias: Object.fromEntries(Object.entries(model.bias).map(([c, b]) => [c, round3(b)])),
    weights: Object.fromEntries(Object.entries(model.weights).map(([c, w]) => [c, largest(w, perClass)])),
  };
}

export function pruneLinear(model: LinearModel, keep: number): LinearModel {
  return { bias: round3(model.bias), weights: largest(model.weights, keep) };
}

function largest(weights: Readonly<Record<string, number>>, keep: number): Record<string, number> {
  const kept = Object.entries(weights)
    .map(([f, w]) => [f, round3(w)] as const)
    .filter(([, w]) => w !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, keep)
    .sort((a, b) => a[0].localeCompare(b[0]));
  return Object.fromEntries(kept);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function weightsPath(stage: string): string {
  return resolve(PROJECT_ROOT, `src/engine/weights/${stage}.json`);
}

/** `--cv K` from the command line (0 when absent). */
export function cvFoldsArg(argv: readonly string[]): number {
  const at = argv.indexOf('--cv');
  const k = at >= 0 ? Number(argv[at + 1]) : 0;
  return Number.isInteger(k) && k > 1 ? k : 0;
}

/** The corpus pages for a trainer (read once; about a minute or more). */
export function loadTrainerPages(): Promise<DetectPage[]> {
  return loadDetectPages();
}

/** Write a stage's weights file and print its size and figures. */
export function writeWeights(stage: string, file: WeightsFile<unknown>): void {
  const json = `${JSON.stringify(file, null, 1)}\n`;
  writeFileSync(weightsPath(stage), json);
  process.stdout.write(`${stage}.json: ${(json.length / 1024).toFixed(1)} KB\n${JSON.stringify(file.fitted.figures, null, 2)}\n`);
}
