/**
 * Is the article about public policy, and which CAP major topic? Two fitted
 * models read the same word features (topic-features.ts): a logistic
 * policy-or-not score, which also reads how often the page names public
 * authorities, measures and decisions (civic-features.ts), and a softmax over
 * the 21 CAP topics; both are fitted on New York Times headlines hand-coded
 * by Boydstun (2013) and the corpus pages (src/cli/train/policy.ts, topic.ts).
 * The explanation is the article's own words that pushed the decision most.
 */
import { type Contribution, type LinearModel, type SoftmaxModel, scoreLinear, scoreSoftmax } from '../model/linear.ts';
import type { ArticleText, CapTopic, PageReading, PolicyVerdict } from '../types.ts';
import { CAP_TOPICS } from '../types.ts';
import policyWeights from '../weights/policy.json';
import topicWeights from '../weights/topic.json';
import { civicFeatures } from './civic-features.ts';
import { type WordFeatures, WORD_PREFIX, WORD_WEIGHTING, pageWordsOf, topicFeatures } from './topic-features.ts';

export interface DetectModels {
  policy: LinearModel;
  topic: SoftmaxModel;
}

export const DETECT_MODELS: DetectModels = { policy: policyWeights.model, topic: topicWeights.model };

/** Words shown as the reason. */
const MAX_SIGNALS = 6;

function isCapTopic(label: string | undefined): label is CapTopic {
  return (CAP_TOPICS as readonly string[]).includes(label ?? '');
}

/**
 * How much more a word speaks for `label` than for the average topic: in a
 * softmax only differences between topics decide, so a word every topic
 * shares ("government") explains none of them.
 */
function topicLean(model: SoftmaxModel, label: string, feature: string): number {
  let sum = 0;
  for (const c of model.classes) sum += model.weights[c]?.[feature] ?? 0;
  return (model.weights[label]?.[feature] ?? 0) - sum / model.classes.length;
}

/** The article's words behind the largest contributions, as the article spells them. */
function wordsOf(contributions: readonly Contribution[], words: WordFeatures): string[] {
  const out: string[] = [];
  for (const c of contributions) {
    if (!c.feature.startsWith(WORD_PREFIX)) continue;
    const shown = words.spelled.get(c.feature);
    if (shown && !out.some((w) => w.toLowerCase() === shown.toLowerCase())) out.push(shown);
    if (out.length >= MAX_SIGNALS) break;
  }
  return out;
}

export function policyVerdict(
  article: Pick<ArticleText, 'blocks' | 'lang'>,
  title: string,
  models: DetectModels = DETECT_MODELS,
): PolicyVerdict {
  const text = { title, blocks: article.blocks, lang: article.lang };
  const read = pageWordsOf(text);
  const words = topicFeatures(text, WORD_WEIGHTING, read);
  const policy = scoreLinear(models.policy, { ...words.features, ...civicFeatures(read, article.lang) });
  const isPolicy = policy.score > 0;
  if (!isPolicy) {
    // Why not: the words that pulled away from policy most.
    const against = policy.contributions.filter((c) => c.weight * c.value < 0);
    return { isPolicy, topic: null, confidence: 1 - policy.probability, signals: wordsOf(against, words) };
  }
  const best = scoreSoftmax(models.topic, words.features).ranked[0];
  const topic = isCapTopic(best?.label) ? best.label : null;
  const leaning = topic
    ? Object.entries(words.features)
        .map(([feature, value]) => ({ feature, value, weight: topicLean(models.topic, topic, feature) }))
        .filter((c) => c.weight * c.value > 0)
        .sort((a, b) => b.weight * b.value - a.weight * a.value)
    : [];
  return { isPolicy, topic, confidence: policy.probability, signals: wordsOf(leaning, words) };
}

/**
 * The reading with its policy verdict. The content script leaves it out and
 * the service worker adds it: the models are most of the engine's bytes, and
 * the page should not have to load them.
 */
export function withPolicyVerdict(reading: PageReading, models: DetectModels = DETECT_MODELS): PageReading {
  if (reading.policy || !reading.text || !reading.article.isArticle) return reading;
  return { ...reading, policy: policyVerdict(reading.text, reading.title, models) };
}
