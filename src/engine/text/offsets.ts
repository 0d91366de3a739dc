/** Binary searches over ranges of the article text sorted by their start. */

export interface Range {
  start: number;
  end: number;
}

/** Index of the first item starting at or after `offset` (items.length when none). */
export function firstStartingAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the range containing `offset`; -1 when none does (ranges must not overlap). */
export function rangeIndexAt(ranges: readonly Range[], offset: number): number {
  const i = firstStartingAtOrAfter(ranges, offset + 1) - 1;
  return offset < (ranges[i]?.end ?? -Infinity) ? i : -1;
}
