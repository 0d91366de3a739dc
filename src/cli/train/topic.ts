/**
 * `tsx src/cli/train/topic.ts [--cv 5] [--grid]`: fit the CAP topic model
 * (softmax over the 21 major topics) on the New York Times headlines
 * hand-coded by Boydstun (2013) and the corpus's policy pages, and write
 * src/engine/weights/topic.json. With `--cv K`, also print page-level
 * cross-validated topic accuracy beside the fitted one, per language and
 * source: the model is refitted on the other folds' pages (headlines stay in
 * every training fold) and scored on the held-out fold. With `--grid`, print
 * the CV accuracy of each candidate setting instead (how TOPIC_SETTINGS and
 * WORD_WEIGHTING were chosen); nothing is written. With `--cv K --confusion`,
 * also print each policy page the cross-validated model codes wrong (gold →
 * predicted, by language) with the words that decided (topic-confusion.ts).
 */
import { fileURLToPath } from 'node:url';
import { type WordWeighting, WORD_WEIGHTING } from '../../engine/detect/topic-features.ts';
import type { Features, SoftmaxModel } from '../../engine/model/linear.ts';
import { scoreSoftmax } from '../../engine/model/linear.ts';
import { CAP_TOPICS } from '../../engine/types.ts';
import { type ClassExample, fitSoftmax, pageFolds } from '../fit/logistic.ts';
import { CAP_CODES, type DetectPage, loadHeadlines } from './detect-data.ts';
import { formatTopicMisses, topicMisses } from './topic-confusion.ts';
import { type DetectExamples, type WeightsFile, cvFoldsArg, detectExamples, keepVocabulary, loadTrainerPages, pruneSoftmax, writeWeights } from './detect-fit.ts';

/**
 * What CV chooses: the L2 penalty, and how many headlines a corpus page counts as (it is the kind of text the
 * model will read). With the body floor at 150, pages counted as 1, 5 and 20 headlines gave CV topic accuracy
 * 0.574, 0.556 and 0.574 but fitted 0.630, 0.759 and 0.833: more weight only learned the pages, so a page counts
 * as one headline.
 */
export interface TopicSettings {
  l2: number;
  pageWeight: number;
}

export const TOPIC_SETTINGS: TopicSettings = { l2: 0.0003, pageWeight: 1 };
const TOPIC_FIT = { epochs: 120, learningRate: 0.5 } as const;
/** Largest weights kept per topic; the rest round to nothing that changes a verdict. */
export const TOPIC_WEIGHTS_PER_CLASS = 240;

const topicOfCode = new Map<number, string>(CAP_CODES.map((code, i) => [code, CAP_TOPICS[i] ?? '']));

export function trainTopic(data: DetectExamples, pageIds: ReadonlySet<string>, settings: TopicSettings = TOPIC_SETTINGS): SoftmaxModel {
  const pages = data.pages.filter((p) => pageIds.has(p.page.id) && p.page.gold.is_policy && p.page.gold.policy_topic);
  const vocabulary = keepVocabulary(data.headlines.map((h) => h.features), pages.map((p) => p.features));
  const examples: ClassExample[] = [];
  for (const h of data.headlines) {
    const label = topicOfCode.get(h.code);
    if (label) examples.push({ features: vocabulary(h.features), label });
  }
  for (const p of pages) examples.push({ features: vocabulary(p.features), label: p.page.gold.policy_topic ?? '', weight: settings.pageWeight });
  return pruneSoftmax(fitSoftmax(examples, CAP_TOPICS, { ...TOPIC_FIT, l2: settings.l2 }), TOPIC_WEIGHTS_PER_CLASS);
}

export function topicOf(model: SoftmaxModel, features: Features): string | null {
  return scoreSoftmax(model, features).ranked[0]?.label ?? null;
}

function policyPages(data: DetectExamples) {
  return data.pages.filter((p) => p.page.gold.is_policy);
}

/** Each policy page's held-out model: the one fitted on the other k−1 folds. */
export function heldOutTopicModels(data: DetectExamples, k: number, settings: TopicSettings = TOPIC_SETTINGS): Map<string, SoftmaxModel> {
  const out = new Map<string, SoftmaxModel>();
  const ids = data.pages.map((p) => p.page.id);
  for (const fold of pageFolds(ids, k)) {
    const held = new Set(fold);
    const model = trainTopic(data, new Set(ids.filter((id) => !held.has(id))), settings);
    for (const p of policyPages(data)) if (held.has(p.page.id)) out.set(p.page.id, model);
  }
  return out;
}

/** Each policy page's topic by a model that never saw it (fitted on the other k−1 folds). */
export function crossValidatedTopics(data: DetectExamples, k: number, settings: TopicSettings = TOPIC_SETTINGS): Map<string, string | null> {
  const heldOut = heldOutTopicModels(data, k, settings);
  const out = new Map<string, string | null>();
  for (const p of policyPages(data)) {
    const model = heldOut.get(p.page.id);
    if (model) out.set(p.page.id, topicOf(model, p.features));
  }
  return out;
}

/** The groups a page is reported in: all pages, its language, its source (`rd`, `sh`, `tf`, `seed`). */
function groupsOf(page: DetectPage): string[] {
  return ['all', `lang ${page.gold.lang ?? '?'}`, `source ${page.id.split('-')[0] ?? '?'}`];
}

/** Topic accuracy per group, one column per set of predictions (e.g. fitted, cross-validated). */
export function topicAccuracyByGroup(data: DetectExamples, predictions: readonly ReadonlyMap<string, string | null>[]): Map<string, { pages: number; accuracy: number[] }> {
  const counts = new Map<string, { pages: number; right: number[] }>();
  for (const p of policyPages(data)) {
    for (const group of groupsOf(p.page)) {
      const row = counts.get(group) ?? { pages: 0, right: predictions.map(() => 0) };
      row.pages++;
      predictions.forEach((predicted, i) => {
        if (predicted.get(p.page.id) === p.page.gold.policy_topic) row.right[i] = (row.right[i] ?? 0) + 1;
      });
      counts.set(group, row);
    }
  }
  const sorted = [...counts].sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
  return new Map(sorted.map(([group, row]) => [group, { pages: row.pages, accuracy: row.right.map((r) => round(r / row.pages)) }]));
}

function fittedTopics(model: SoftmaxModel, data: DetectExamples): Map<string, string | null> {
  return new Map(policyPages(data).map((p) => [p.page.id, topicOf(model, p.features)]));
}

export function topicWeightsFile(data: DetectExamples, cvFolds: number): WeightsFile<SoftmaxModel> {
  const all = new Set(data.pages.map((p) => p.page.id));
  const model = trainTopic(data, all);
  const predictions = [fittedTopics(model, data), ...(cvFolds > 1 ? [crossValidatedTopics(data, cvFolds)] : [])];
  const table = topicAccuracyByGroup(data, predictions);
  const figures: Record<string, number> = {};
  for (const [group, row] of table) {
    const suffix = group === 'all' ? '' : ` (${group})`;
    figures[`fittedTopicAccuracy${suffix}`] = row.accuracy[0] ?? 0;
    if (cvFolds > 1) figures[`cv${cvFolds}TopicAccuracy${suffix}`] = row.accuracy[1] ?? 0;
  }
  return {
    fitted: {
      how: 'softmax regression (src/cli/fit/logistic.ts) over word features of title, lede and body (src/engine/detect/topic-features.ts); settings chosen by 5-fold page-level CV (--grid); weights pruned to the largest per topic',
      data: `${data.headlines.filter((h) => topicOfCode.has(h.code)).length} New York Times headlines coded with CAP major topics (Boydstun 2013) + ${policyPages(data).length} corpus policy pages (weight ${TOPIC_SETTINGS.pageWeight} each)`,
      options: { ...TOPIC_FIT, ...TOPIC_SETTINGS, ...prefixed('weighting', WORD_WEIGHTING), weightsPerTopic: TOPIC_WEIGHTS_PER_CLASS },
      figures,
      command: 'tsx src/cli/train/topic.ts --cv 5',
    },
    model,
  };
}

function prefixed(prefix: string, weighting: WordWeighting): Record<string, number> {
  return Object.fromEntries(Object.entries(weighting).map(([k, v]) => [`${prefix}.${k}`, v]));
}

/** Candidate settings for `--grid`: the fewest words the body's share is spread over. */
const GRID: readonly { weighting: WordWeighting; settings: TopicSettings }[] = [0, 40, 150].map((bodyFloor) => ({
  weighting: { ...WORD_WEIGHTING, bodyFloor },
  settings: TOPIC_SETTINGS,
}));

function printTable(table: ReadonlyMap<string, { pages: number; accuracy: number[] }>, columns: readonly string[]): void {
  process.stdout.write(`${'group'.padEnd(12)} pages  ${columns.join('  ')}\n`);
  for (const [group, row] of table) {
    process.stdout.write(`${group.padEnd(12)} ${String(row.pages).padStart(5)}  ${row.accuracy.map((a, i) => a.toFixed(3).padStart(columns[i]?.length ?? 5)).join('  ')}\n`);
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pages = await loadTrainerPages();
  const headlines = loadHeadlines();
  const cvFolds = cvFoldsArg(process.argv.slice(2));
  if (process.argv.includes('--grid')) {
    const folds = cvFolds || 5;
    for (const { weighting, settings } of GRID) {
      const data = detectExamples(pages, headlines, weighting);
      process.stdout.write(`\n${JSON.stringify({ ...weighting, ...settings })}\n`);
      printTable(topicAccuracyByGroup(data, [crossValidatedTopics(data, folds, settings)]), [`cv${folds}`]);
    }
  } else {
    const data = detectExamples(pages, headlines);
    const file = topicWeightsFile(data, cvFolds);
    writeWeights('topic', file);
    if (cvFolds > 1 && process.argv.includes('--confusion')) {
      process.stdout.write(formatTopicMisses(topicMisses(data, heldOutTopicModels(data, cvFolds), (model, page) => topicOf(model, page.features))));
    }
  }
}
