/**
 * The longest main-thread task of a page load once its HTML is parsed, from
 * a DevTools trace, in CPU time (which, unlike wall time, does not grow when
 * other processes crowd the machine's cores). It counts every task, the
 * page's own rendering included.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { isMainFrame?: boolean } };
}

/** Load `url` in a new tab of `context`, wait for `settled`, and return the longest task after parsing, in ms of CPU time. */
export async function longestTaskAfterParsing(context: BrowserContext, url: string, settled: (page: Page) => Promise<void>): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  try {
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
      transferMode: 'ReportEvents',
    });
    await page.goto(url);
    await settled(page);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    await page.close();
  }
  // The page's main thread is the one that marked its DOMContentLoaded.
  const parsed = events.find((e) => e.name === 'MarkDOMContent' && e.args?.data?.isMainFrame !== false);
  if (!parsed) throw new Error(`no DOMContentLoaded in the trace of ${url}`);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === parsed.pid && e.tid === parsed.tid && e.ts >= parsed.ts);
  return Math.round(Math.max(0, ...tasks.map((task) => (task.tdur ?? task.dur ?? 0) / 1000)));
}
