import { describe, expect, it } from 'vitest';
import { issueContentWords, issueF1 } from '../../../src/cli/scoring-issue.ts';

describe('issue phrase scoring (content-word F1)', () => {
  it('drops stop words and folds plural and -ing/-ed endings', () => {
    expect([...issueContentWords('Banning the sale of fireworks in the parks')]).toEqual(['ban', 'sal', 'firework', 'park']);
  });

  it('scores the same question in other forms as a match', () => {
    expect(issueF1('a ban on fireworks sales', 'banning firework sales')).toBe(1);
  });

  it('gives partial credit for shared content words', () => {
    expect(issueF1('raising the fuel tax', 'a new fuel tax for trucks')).toBeCloseTo((2 * 2) / (3 + 4));
  });

  it('scores null against null as right and null against a phrase as wrong', () => {
    expect(issueF1(null, null)).toBe(1);
    expect(issueF1(null, 'a curfew for teenagers')).toBe(0);
    expect(issueF1('a curfew for teenagers', null)).toBe(0);
  });
});
