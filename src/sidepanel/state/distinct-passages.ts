/**
 * Passages without repeats: the engine can cite the same sentence twice for
 * one actor (a photo caption printed twice on the page, the same line in the
 * lede and the body). The reader sees each text once, at its first place.
 */
import type { Passage } from '../../engine/types.ts';

/** Case, spacing and quote style do not make two passages different. */
function sameTextKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function distinctPassages<P extends Passage>(passages: readonly P[]): P[] {
  const seen = new Set<string>();
  return passages.filter((passage) => {
    const key = sameTextKey(passage.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
