import { describe, expect, it } from 'vitest';
import { POLICY_PAGE_FEATURE } from '../../../src/engine/detect/policy.ts';
import { scoreLinear } from '../../../src/engine/model/linear.ts';
import type { DetectExamples } from '../../../src/cli/train/detect-fit.ts';
import type { DetectPage } from '../../../src/cli/train/detect-data.ts';
import { trainPolicy } from '../../../src/cli/train/policy.ts';

function page(id: string, isPolicy: boolean): DetectExamples['pages'][number] {
  const gold = { is_article: true, is_policy: isPolicy } as DetectPage['gold'];
  const detectPage: DetectPage = { id, lang: 'en', title: '', blocks: [], isArticle: true, gold };
  // Every page reads the same: only the count of each side can move the verdict.
  return { page: detectPage, features: { 'w:council': 1, 'w:plan': 1 } };
}

describe('policy trainer', () => {
  it('weighs the corpus’s policy and other articles as two equal sides, however many of each there are', () => {
    const data: DetectExamples = { headlines: [], pages: [page('a', true), page('b', true), page('c', true), page('d', false)] };
    const model = trainPolicy(data, new Set(['a', 'b', 'c', 'd']));
    const probability = scoreLinear(model, { 'w:council': 1, 'w:plan': 1, [POLICY_PAGE_FEATURE]: 1 }).probability;
    expect(probability).toBeGreaterThan(0.4);
    expect(probability).toBeLessThan(0.6);
  });
});
