import { describe, expect, it } from 'vitest';
import { chooseThreshold } from '../../../src/cli/train/stakeholder.ts';

/** Scores for candidates: `right` of them matched gold stakeholders, at the probabilities given. */
const scored = (list: [number, boolean][]) => list.map(([p, matched]) => ({ p, matched }));

describe('the stakeholder threshold', () => {
  it('keeps the most recall whose precision reaches 0.6', () => {
    // From 0.275: 6 kept, 4 right (P 0.67, R 0.8); at 0.225: 7 kept, 4 right (P 0.57); at 0.2: 10 kept, 5 right (P 0.5, R 1.0).
    const s = scored([
      [0.9, true], [0.8, true], [0.7, true], [0.35, true], [0.32, false], [0.31, false],
      [0.25, false], [0.22, false], [0.21, true], [0.2, false],
    ]);
    expect(chooseThreshold(s, 5)).toBe(0.275);
  });

  it('falls back to the most precise threshold that keeps enough recall', () => {
    // Nowhere 0.6 precise; from 0.525 on: 4 kept, 2 right (P 0.5, R 0.5); higher keeps less than half the gold.
    const s = scored([[0.9, false], [0.8, true], [0.7, false], [0.6, true], [0.5, false], [0.4, false]]);
    expect(chooseThreshold(s, 4)).toBe(0.525);
  });
});
