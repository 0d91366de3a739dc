import { describe, expect, it } from 'vitest';
import { issueCauses, issueLoss, lossTotals } from '../../../src/cli/train/issue-causes.ts';

/** Causes of a pick against a gold phrase, every page word read in the headline. */
const causesOf = (gold: string, picked: string) => {
  const words = ['toll', 'river', 'bridge', 'assembly', 'vote', 'ferry', 'fares'].map((key) => ({ key, features: { title: 1 } }));
  return issueCauses(gold, picked, words, new Set(words.map((w) => w.key)));
};

describe('issue loss split', () => {
  it('puts what the best phrase still misses down to the phrases built, the rest to the choice', () => {
    const loss = issueLoss(0.25, 0.75, causesOf('a toll on the river bridge', 'assembly vote on ferry fares'));
    expect(loss.notBuilt).toBeCloseTo(0.25);
    expect(loss.choice).toBeCloseTo(0.5);
    expect(loss.cutShort).toBe(0);
  });

  it('calls a pick whose words are right but too few cut short', () => {
    const loss = issueLoss(0.4, 0.9, causesOf('a toll on the river bridge and ferry fares', 'toll'));
    expect(loss.cutShort).toBeCloseTo(0.5);
    expect(loss.choice).toBe(0);
  });

  it('totals the mean loss per page and the pages each part touches', () => {
    const lines = lossTotals([
      { notBuilt: 0.2, choice: 0.4, cutShort: 0 },
      { notBuilt: 0, choice: 0, cutShort: 0.2 },
    ]);
    expect(lines[0]).toMatch(/not built\s+0\.100 over 1 pages/);
    expect(lines[1]).toMatch(/choice wrong\s+0\.200 over 1 pages/);
    expect(lines[2]).toMatch(/cut too short\s+0\.100 over 1 pages/);
  });
});
