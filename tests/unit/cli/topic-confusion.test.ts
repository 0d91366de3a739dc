import { describe, expect, it } from 'vitest';
import { topicFeatures } from '../../../src/engine/detect/topic-features.ts';
import type { SoftmaxModel } from '../../../src/engine/model/linear.ts';
import { wordsFavouring } from '../../../src/cli/train/topic-confusion.ts';

const model: SoftmaxModel = {
  classes: ['Energy', 'Macroeconomics'],
  bias: { Energy: 0, Macroeconomics: 0 },
  weights: { Energy: { 'w:energy': 2, 'w:budget': -1 }, Macroeconomics: { 'w:budget': 3 } },
};

describe('wordsFavouring', () => {
  it('names the article word and the English feature it became, by how much it favours one topic over the other', () => {
    const words = topicFeatures({ title: 'Der Energiebericht und der Haushalt', blocks: [], lang: 'de' });
    const forMacro = wordsFavouring(model, words, 'Macroeconomics', 'Energy');
    const forEnergy = wordsFavouring(model, words, 'Energy', 'Macroeconomics');
    expect(forMacro.map((w) => w.word)).toEqual(['Haushalt→budget']);
    expect(forMacro[0]?.margin).toBeCloseTo(4);
    expect(forEnergy.map((w) => w.word)).toEqual(['Energiebericht→energy']);
  });

  it('lists nothing for a page without words the model knows', () => {
    const words = topicFeatures({ title: '', blocks: [], lang: 'de' });
    expect(wordsFavouring(model, words, 'Energy', 'Macroeconomics')).toEqual([]);
  });
});
