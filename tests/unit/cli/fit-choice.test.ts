/** The choice fitter ranks each example's candidates against each other and learns when none fits. */
import { describe, expect, it } from 'vitest';
import { type ChoiceExample, fitChoice } from '../../../src/cli/fit/logistic.ts';
import { type Features, scoreLinear } from '../../../src/engine/model/linear.ts';

describe('fitChoice', () => {
  it('weighs the feature that marks the chosen candidate above the one that marks the others', () => {
    const examples: ChoiceExample[] = Array.from({ length: 20 }, (_, i) => ({
      candidates: ([{ near: 1, common: 1 }, { far: 1, common: 1 }, { far: 1 }] as Features[]).slice(0, 2 + (i % 2)),
      right: 0,
    }));
    const model = fitChoice(examples, { epochs: 200 });
    expect(model.weights.near ?? 0).toBeGreaterThan(model.weights.far ?? 0);
    expect(scoreLinear(model, { near: 1, common: 1 }).score).toBeGreaterThan(scoreLinear(model, { far: 1, common: 1 }).score);
  });

  it('learns a low score when the right answer is often none of the candidates', () => {
    const none: ChoiceExample[] = Array.from({ length: 30 }, () => ({ candidates: [{ weak: 1 }], right: -1 }));
    const model = fitChoice(none, { epochs: 200 });
    expect(scoreLinear(model, { weak: 1 }).probability).toBeLessThan(0.2);
  });

  it('is deterministic', () => {
    const examples: ChoiceExample[] = [{ candidates: [{ a: 1 }, { b: 1 }], right: 1 }, { candidates: [{ a: 1 }], right: -1 }];
    expect(fitChoice(examples)).toEqual(fitChoice(examples));
  });
});
