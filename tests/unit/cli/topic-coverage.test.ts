import { describe, expect, it } from 'vitest';
import type { SoftmaxModel } from '../../../src/engine/model/linear.ts';
import { coveredWords, leaningWords } from '../../../src/cli/train/topic-coverage.ts';

const model: SoftmaxModel = {
  classes: ['Energy', 'Housing', 'Labor'],
  bias: { Energy: 0, Housing: 0, Labor: 0 },
  weights: {
    Energy: { 'w:oil': 3, 'w:city': 1, 'w:pric': 2 },
    Housing: { 'w:rent': 2, 'w:city': 1, 'w:pric': 2 },
    Labor: { 'w:union': 1, 'w:city': 1 },
  },
};

describe('leaningWords', () => {
  it('ranks a topic’s words by how much more they weigh for it than on average, and drops words every topic shares', () => {
    const words = leaningWords(model, 5);
    expect(words.get('Energy')).toEqual(['oil', 'pric']);
    expect(words.get('Labor')).toEqual(['union']);
  });

  it('keeps the `top` words of each topic only', () => {
    expect(leaningWords(model, 1).get('Energy')).toEqual(['oil']);
  });
});

describe('coveredWords', () => {
  it('gives the English words a cue table maps to, folded as the model’s features are, each word of a phrase', () => {
    const covered = coveredWords({ 'mieten*': 'rents', 'olpreis*': 'oil prices', stadt: 'city', 'zwar': '' });
    expect([...covered].sort()).toEqual(['city', 'oil', 'pric', 'rent']);
  });
});
