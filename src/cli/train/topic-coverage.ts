/**
 * `tsx src/cli/train/topic-coverage.ts [--top N] [--lang de]`: which English
 * words the fitted topic model leans on most, per CAP major topic, that no
 * topic cue of a language pack maps to. A page in another language reaches the
 * model only through its pack's cues, so a strong English word no cue gives is
 * a word such a page can never say. A word's lean is its weight for the topic
 * less its mean weight over all topics (only differences decide a softmax).
 * Reads the weights and the packs only, never corpus pages.
 */
import { fileURLToPath } from 'node:url';
import { foldEnding } from '../../engine/lang/en/word-ending.ts';
import { PACK_CODES, type PackCode } from '../../engine/lang/index.ts';
import { TOPIC_CUES } from '../../engine/lang/topic-cues.ts';
import type { SoftmaxModel } from '../../engine/model/linear.ts';
import topicWeights from '../../engine/weights/topic.json';
import { WORD_PREFIX } from '../../engine/detect/topic-features.ts';

/** The English words a pack's cues give, folded as the model's features are. */
export function coveredWords(cues: Readonly<Record<string, string>>): Set<string> {
  return new Set(Object.values(cues).flatMap((english) => english.split(' ').filter(Boolean).map(foldEnding)));
}

/** Per topic, its `top` words of largest positive lean, largest first. */
export function leaningWords(model: SoftmaxModel, top: number): Map<string, string[]> {
  const mean = new Map<string, number>();
  for (const label of model.classes) {
    for (const [feature, weight] of Object.entries(model.weights[label] ?? {})) mean.set(feature, (mean.get(feature) ?? 0) + weight / model.classes.length);
  }
  const out = new Map<string, string[]>();
  for (const label of model.classes) {
    const words = Object.entries(model.weights[label] ?? {})
      .map(([feature, weight]) => ({ feature, lean: weight - (mean.get(feature) ?? 0) }))
      .filter((w) => w.lean > 0 && w.feature.startsWith(WORD_PREFIX))
      .sort((a, b) => b.lean - a.lean)
      .slice(0, top)
      .map((w) => w.feature.slice(WORD_PREFIX.length));
    out.set(label, words);
  }
  return out;
}

function argValue(argv: readonly string[], flag: string): string | undefined {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
}

function main(argv: readonly string[]): void {
  const top = Number(argValue(argv, '--top') ?? 50) || 50;
  const only = argValue(argv, '--lang');
  const langs = PACK_CODES.filter((code): code is PackCode => code !== 'en' && (!only || code === only));
  const leaning = leaningWords(topicWeights.model, top);
  const covered = new Map(langs.map((code) => [code, coveredWords(TOPIC_CUES[code])]));
  const totals = new Map<string, number>(langs.map((code) => [code, 0]));
  for (const [label, words] of leaning) {
    console.log(`\n${label} (top ${words.length} by lean)`);
    for (const code of langs) {
      const missing = words.filter((w) => !covered.get(code)?.has(w));
      totals.set(code, (totals.get(code) ?? 0) + words.length - missing.length);
      console.log(`  ${code} ${words.length - missing.length}/${words.length} covered; missing: ${missing.join(' ')}`);
    }
  }
  const all = [...leaning.values()].reduce((n, words) => n + words.length, 0);
  console.log(`\ncovered overall: ${langs.map((code) => `${code} ${totals.get(code)}/${all}`).join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
