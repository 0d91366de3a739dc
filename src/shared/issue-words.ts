/**
 * Comparing two issue phrases by their content words (stop words dropped,
 * plural and -ing/-ed endings, case and accents folded): the corpus README's
 * rule for scoring an `issue`, and how memory finds articles on one question.
 */
import { foldEnding } from '../engine/lang/en/word-ending.ts';

const STOP_WORDS = new Set(
  "a an the of to in on for at by with from into onto over under about against between as and or nor but not no its it it's their his her our your my this that these those which who whom whose what when where why how be is are was were been being has have had do does did will would shall should can could may might must than then so such also more most less very s".split(' '),
);

/** Content words of a phrase, endings folded; repeats kept once. */
export function issueContentWords(phrase: string): Set<string> {
  const words = phrase
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP_WORDS.has(w));
  return new Set(words.map(foldEnding));
}

/** Content-word F1 of a predicted issue against the gold one; 1 when both are null, 0 when only one is. */
export function issueF1(predicted: string | null, gold: string | null): number {
  if (predicted === null || gold === null) return predicted === gold ? 1 : 0;
  const p = issueContentWords(predicted);
  const g = issueContentWords(gold);
  let common = 0;
  for (const w of p) if (g.has(w)) common++;
  return common ? (2 * common) / (p.size + g.size) : 0;
}
