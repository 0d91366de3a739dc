import { describe, expect, it } from 'vitest';
import { soleGainPage } from '../../../src/cli/eval/ablation.ts';
import { type GoldPage, scorePage, type Totals } from '../../../src/cli/scoring.ts';

/** A policy page whose gold topic is Health; `right` says whether the prediction got the topic. */
function topicCounts(right: boolean) {
  const gold: GoldPage = { is_article: true, is_policy: true, policy_topic: 'Health', quotes: [], stakeholders: [] };
  return scorePage(gold, { isArticle: true, isPolicy: true, topic: right ? 'Health' : 'Energy', quotes: [], stakeholders: [] });
}

const topic = (t: Totals) => t.topicAccuracy;
const ids = ['page-a', 'page-b', 'page-c', 'page-d'];
const base = [true, true, true, false].map(topicCounts);

describe('ablation: a group whose gain comes from one page', () => {
  it('names the page when switching the group off loses on that page only', () => {
    const off = [false, true, true, false].map(topicCounts);
    expect(soleGainPage(ids, base, off, topic)).toBe('page-a');
  });

  it('names no page when a loss on one page is made up on another', () => {
    // Without the group page a is lost and page d won: no net gain to owe to anyone.
    const even = [false, true, true, true].map(topicCounts);
    expect(soleGainPage(ids, base, even, topic)).toBeNull();
  });

  it('names no page when the gain is spread over several pages', () => {
    const off = [false, false, true, false].map(topicCounts);
    expect(soleGainPage(ids, base, off, topic)).toBeNull();
  });

  it('names no page when the group brings nothing', () => {
    expect(soleGainPage(ids, base, base.map((c) => ({ ...c })), topic)).toBeNull();
  });

  describe('pooled over fold splits (the ids repeat split after split)', () => {
    const twice = [...ids, ...ids];
    const pooledBase = [...base, ...base];

    it('names the page whose loss in every split is all of the loss', () => {
      const off = [...[false, true, true, false], ...[false, true, true, false]].map(topicCounts);
      expect(soleGainPage(twice, pooledBase, off, topic)).toBe('page-a');
    });

    it('names no page when one split loses on one page and the other split on another', () => {
      const off = [...[false, true, true, false], ...[true, false, true, false]].map(topicCounts);
      expect(soleGainPage(twice, pooledBase, off, topic)).toBeNull();
    });
  });
});
