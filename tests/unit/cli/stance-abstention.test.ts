import { describe, expect, it } from 'vitest';
import { innerFolds } from '../../../src/cli/train/stance.ts';

const ids = Array.from({ length: 23 }, (_, i) => `page-${i}`);

describe('the inner folds that choose the stance abstention point', () => {
  it('split the pages several ways, each split a partition of every page', () => {
    const folds = innerFolds(ids, 4, 3);
    expect(folds).toHaveLength(12);
    for (let split = 0; split < 3; split++) {
      const pages = folds.slice(split * 4, split * 4 + 4).flat();
      expect(pages.sort()).toEqual([...ids].sort());
    }
  });

  it('draws different partitions, so no single split decides the point', () => {
    const folds = innerFolds(ids, 4, 2);
    expect(folds.slice(0, 4)).not.toEqual(folds.slice(4, 8));
  });
});
