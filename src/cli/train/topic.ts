/**
 * `tsx src/cli/train/topic.ts [--cv 5]`: fit the CAP topic model (softmax over
 * the 21 major topics) on the New York Times headlines hand-coded by Boydstun
 * (2013) and the corpus's policy pages, and write src/engine/weights/topic.json.
 * With `--cv K`, also print page-level cross-validated topic accuracy beside
 * the fitted one (headlines stay in every training fold).
 */
import { fileURLToPath } from 'node:url';
import type { Features, SoftmaxModel } from '../../engine/model/linear.ts';
import { scoreSoftmax } from '../../engine/model/linear.ts';
import { CAP_TOPICS } from '../../engine/types.ts';
import { type ClassExample, fitSoftmax, pageFolds } from '../fit/logistic.ts';
import { CAP_CODES } from './detect-data.ts';
import { type DetectExamples, type WeightsFile, keepVocabulary, pruneSoftmax, runTrainer } from './detect-fit.ts';

export const TOPIC_FIT = { l2: 0.0003, epochs: 120, learningRate: 0.5 } as const;
/** A corpus page counts as this many headlines: it is longer, and it is the kind of text the model will read. */
export const PAGE_WEIGHT = 20;
/** Largest weights kept per topic; the rest round to nothing that changes a verdict. */
export const TOPIC_WEIGHTS_PER_CLASS = 240;

const topicOfCode = new Map<number, string>(CAP_CODES.map((code, i) => [code, CAP_TOPICS[i] ?? '']));

export function trainTopic(data: DetectExamples, pageIds: ReadonlySet<string>): SoftmaxModel {
  const pages = data.pages.filter((p) => pageIds.has(p.page.id) && p.page.gold.is_policy && p.page.gold.policy_topic);
  const vocabulary = keepVocabulary(data.headlines.map((h) => h.features), pages.map((p) => p.features));
  const examples: ClassExample[] = [];
  for (const h of data.headlines) {
    const label = topicOfCode.get(h.code);
    if (label) examples.push({ features: vocabulary(h.features), label });
  }
  for (const p of pages) examples.push({ features: vocabulary(p.features), label: p.page.gold.policy_topic ?? '', weight: PAGE_WEIGHT });
  return pruneSoftmax(fitSoftmax(examples, CAP_TOPICS, TOPIC_FIT), TOPIC_WEIGHTS_PER_CLASS);
}

export function topicOf(model: SoftmaxModel, features: Features): string | null {
  return scoreSoftmax(model, features).ranked[0]?.label ?? null;
}

/** Share of policy pages (among `ids`) whose top topic is the gold one. */
export function topicAccuracy(model: SoftmaxModel, data: DetectExamples, ids: ReadonlySet<string>): { right: number; pages: number } {
  let right = 0;
  let pages = 0;
  for (const p of data.pages) {
    if (!ids.has(p.page.id) || !p.page.gold.is_policy) continue;
    pages++;
    if (topicOf(model, p.features) === p.page.gold.policy_topic) right++;
  }
  return { right, pages };
}

export function crossValidateTopic(data: DetectExamples, k: number): number {
  let right = 0;
  let pages = 0;
  for (const fold of pageFolds(data.pages.map((p) => p.page.id), k)) {
    const held = new Set(fold);
    const train = new Set(data.pages.map((p) => p.page.id).filter((id) => !held.has(id)));
    const score = topicAccuracy(trainTopic(data, train), data, held);
    right += score.right;
    pages += score.pages;
  }
  return pages ? right / pages : 0;
}

export function topicWeightsFile(data: DetectExamples, cvFolds: number): WeightsFile<SoftmaxModel> {
  const all = new Set(data.pages.map((p) => p.page.id));
  const model = trainTopic(data, all);
  const fitted = topicAccuracy(model, data, all);
  return {
    fitted: {
      how: 'softmax regression (src/cli/fit/logistic.ts) over word features of title, lede and body (src/engine/detect/topic-features.ts); weights pruned to the largest per topic',
      data: `${data.headlines.filter((h) => topicOfCode.has(h.code)).length} New York Times headlines coded with CAP major topics (Boydstun 2013) + ${fitted.pages} corpus policy pages (weight ${PAGE_WEIGHT} each)`,
      options: { ...TOPIC_FIT, pageWeight: PAGE_WEIGHT, weightsPerTopic: TOPIC_WEIGHTS_PER_CLASS },
      figures: {
        fittedTopicAccuracy: round(fitted.pages ? fitted.right / fitted.pages : 0),
        ...(cvFolds > 1 ? { [`cv${cvFolds}TopicAccuracy`]: round(crossValidateTopic(data, cvFolds)) } : {}),
      },
      command: 'tsx src/cli/train/topic.ts --cv 5',
    },
    model,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runTrainer('topic', topicWeightsFile);
}
