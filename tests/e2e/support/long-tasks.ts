/**
 * How long a page's main thread was blocked at a stretch, measured from
 * inside the page by a timer heartbeat an init script starts before any page
 * script: a gap between two beats is a task that ran that long, whoever ran
 * it (the page, or a content script in its isolated world). Only gaps over
 * 50 ms, the long-task threshold, are kept. The page must be in the
 * foreground: background tabs throttle timers.
 */
import type { BrowserContext, Page } from 'playwright-core';

export async function recordMainThreadGaps(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const gaps: { start: number; duration: number }[] = [];
    (window as { __mainThreadGaps?: typeof gaps }).__mainThreadGaps = gaps;
    let last = performance.now();
    const beat = () => {
      const now = performance.now();
      if (now - last > 50) gaps.push({ start: last, duration: now - last });
      last = now;
      setTimeout(beat, 0);
    };
    setTimeout(beat, 0);
  });
}

/** The longest block that started once the page's HTML was parsed, in ms (0 when none was over 50 ms). */
export function longestBlockAfterParsing(page: Page): Promise<number> {
  return page.evaluate(() => {
    const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd;
    const gaps = (window as { __mainThreadGaps?: { start: number; duration: number }[] }).__mainThreadGaps ?? [];
    return Math.round(Math.max(0, ...gaps.filter((g) => g.start >= parsed).map((g) => g.duration)));
  });
}
