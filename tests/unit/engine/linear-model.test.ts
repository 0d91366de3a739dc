import { describe, expect, it } from 'vitest';
import { fitLogistic, fitSoftmax, pageFolds } from '../../../src/cli/fit/logistic.ts';
import { scoreLinear, scoreSoftmax, type Features } from '../../../src/engine/model/linear.ts';

describe('linear models', () => {
  it('a fitted logistic model separates what its features separate, and explains its score', () => {
    const examples = [
      ...Array.from({ length: 20 }, () => ({ features: { saidVerb: 1 }, label: 1 as const })),
      ...Array.from({ length: 20 }, () => ({ features: { farAway: 1 }, label: 0 as const })),
    ];
    const model = fitLogistic(examples);
    expect(scoreLinear(model, { saidVerb: 1 }).probability).toBeGreaterThan(0.8);
    expect(scoreLinear(model, { farAway: 1 }).probability).toBeLessThan(0.2);
    const explained = scoreLinear(model, { saidVerb: 1, unknown: 1 });
    expect(explained.contributions.map((c) => c.feature)).toEqual(['saidVerb']);
  });

  it('a fitted softmax model ranks the class its words point to first', () => {
    const examples: { features: Features; label: string }[] = [
      { features: { vaccine: 1 }, label: 'Health' },
      { features: { hospital: 1 }, label: 'Health' },
      { features: { tariff: 1 }, label: 'Foreign Trade' },
      { features: { exports: 1 }, label: 'Foreign Trade' },
    ];
    const model = fitSoftmax(examples, ['Health', 'Foreign Trade']);
    expect(scoreSoftmax(model, { tariff: 1 }).ranked[0]?.label).toBe('Foreign Trade');
    expect(scoreSoftmax(model, { vaccine: 1 }).ranked[0]?.label).toBe('Health');
  });

  it('page folds keep every page in exactly one fold, the same way each time', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const folds = pageFolds(ids, 3);
    expect(folds.flat().sort()).toEqual(ids);
    expect(pageFolds(ids, 3)).toEqual(folds);
  });

  it('another fold split partitions the same pages differently', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `page-${i}`);
    const first = pageFolds(ids, 5);
    const second = pageFolds(ids, 5, 1);
    expect(second.flat().sort()).toEqual([...ids].sort());
    expect(second.map((fold) => fold.length)).toEqual([4, 4, 4, 4, 4]);
    expect(second).not.toEqual(first);
    expect(pageFolds(ids, 5, 1)).toEqual(second);
  });
});
