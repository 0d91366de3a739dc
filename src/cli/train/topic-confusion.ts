/**
 * `tsx src/cli/train/topic.ts --cv K --confusion`: each policy page the
 * cross-validated topic model codes wrong, by language, with the words that
 * decided between the gold and the predicted topic, as the article spells them
 * and as the English feature they became ("EU→european"). It tells a cue that
 * feeds a misleading English word from a topic the page gives no words for.
 */
import { type WordFeatures, topicFeatures } from '../../engine/detect/topic-features.ts';
import type { SoftmaxModel } from '../../engine/model/linear.ts';
import type { DetectExamples } from './detect-fit.ts';

/** Words listed per side. */
const SHOWN = 5;

export interface TopicMiss {
  id: string;
  lang: string;
  gold: string;
  predicted: string;
  features: number;
  /** The words that favour the predicted topic over the gold one, largest first, and those that favour the gold one. */
  forPredicted: string[];
  forGold: string[];
}

/** How much each of a page's words favours topic `a` over topic `b`, largest first. */
export function wordsFavouring(model: SoftmaxModel, words: WordFeatures, a: string, b: string): { word: string; margin: number }[] {
  return Object.entries(words.features)
    .map(([feature, value]) => ({
      word: `${words.spelled.get(feature) ?? ''}→${feature.replace(/^w:/, '')}`,
      margin: value * ((model.weights[a]?.[feature] ?? 0) - (model.weights[b]?.[feature] ?? 0)),
    }))
    .filter((w) => w.margin > 0)
    .sort((x, y) => y.margin - x.margin);
}

/** The misses of a set of held-out models (page id → the model that never saw the page). */
export function topicMisses(data: DetectExamples, heldOut: ReadonlyMap<string, SoftmaxModel>, topicOf: (model: SoftmaxModel, page: DetectExamples['pages'][number]) => string | null): TopicMiss[] {
  const misses: TopicMiss[] = [];
  for (const p of data.pages) {
    const model = heldOut.get(p.page.id);
    const gold = p.page.gold.policy_topic ?? '';
    const predicted = model ? (topicOf(model, p) ?? '') : '';
    if (!model || !p.page.gold.is_policy || predicted === gold) continue;
    const words = topicFeatures(p.page);
    const shown = (list: { word: string; margin: number }[]) => list.slice(0, SHOWN).map((w) => `${w.word} ${w.margin.toFixed(1)}`);
    misses.push({
      id: p.page.id,
      lang: p.page.gold.lang ?? '?',
      gold,
      predicted,
      features: Object.keys(p.features).length,
      forPredicted: shown(wordsFavouring(model, words, predicted, gold)),
      forGold: shown(wordsFavouring(model, words, gold, predicted)),
    });
  }
  return misses.sort((a, b) => a.lang.localeCompare(b.lang) || a.id.localeCompare(b.id));
}

export function formatTopicMisses(misses: readonly TopicMiss[]): string {
  return misses
    .map(
      (m) =>
        `${m.lang.padEnd(3)}${m.id.padEnd(34)}${m.gold.padEnd(24)}→ ${m.predicted} (${m.features} word features)\n` +
        `     for ${m.predicted}: ${m.forPredicted.join(', ') || '-'}\n     for ${m.gold}: ${m.forGold.join(', ') || '-'}\n`,
    )
    .join('');
}
