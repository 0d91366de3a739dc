import { describe, expect, it } from 'vitest';
import { chooseCut, chooseThreshold } from '../../../src/cli/train/stakeholder.ts';

/** Scores for candidates: `right` of them matched gold stakeholders, at the probabilities given. */
const scored = (list: [number, boolean][]) => list.map(([p, matched]) => ({ p, matched }));

describe('the stakeholder threshold', () => {
  it('is the best F1 on the scores, not the most recall', () => {
    // From 0.325: 4 kept, all right (F1 0.89); at 0.275: 6 kept, 4 right (F1 0.73); at 0.2: 10 kept, 5 right (P 0.5, R 1.0, F1 0.67).
    const s = scored([
      [0.9, true], [0.8, true], [0.7, true], [0.35, true], [0.32, false], [0.31, false],
      [0.25, false], [0.22, false], [0.21, true], [0.2, false],
    ]);
    expect(chooseThreshold(s, 5)).toBe(0.325);
  });

  it('takes the lowest threshold among equal ones', () => {
    // From 0.525 to 0.6 the same 4 are kept, 2 right (P 0.5, R 0.5, F1 0.5); lower or higher is worse.
    const s = scored([[0.9, false], [0.8, true], [0.7, false], [0.6, true], [0.5, false], [0.4, false]]);
    expect(chooseThreshold(s, 4)).toBe(0.525);
  });

  it('also limits the count per page when a page\'s tail of wrong candidates scores above another page\'s right ones', () => {
    const page = (list: [number, boolean][]) => list.map(([p, matched], rank) => ({ p, matched, rank }));
    // Page one: four right, then three wrong, all above page two's two right ones. No threshold alone keeps only the six right.
    const s = [
      ...page([[0.9, true], [0.85, true], [0.8, true], [0.75, true], [0.7, false], [0.65, false], [0.6, false]]),
      ...page([[0.4, true], [0.35, true]]),
    ];
    expect(chooseThreshold(s, 6)).toBe(0.1);
    expect(chooseCut(s, 6)).toEqual({ threshold: 0.1, maxPerPage: 4 });
  });
});
