/**
 * The content script's own reading of a page, timed inside a real page: the
 * shipped module (src/content/page-budget.ts) bundled and run on a freshly
 * loaded page, so each run is a cold first read, as in the extension. It
 * reads in at most two tasks (the budget check with the copy of the page's
 * beginning, then the engine's read); the longest of them is returned. The
 * smallest of a few runs: other processes on a busy machine only ever add
 * wall time.
 */
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { bundleForPage } from '../../../src/cli/bundle-for-page.ts';

const PAGE_BUDGET = fileURLToPath(new URL('../../../src/content/page-budget.ts', import.meta.url));
let bundle: Promise<string> | null = null;

export async function longestReadTask(context: BrowserContext, url: string, runs = 3): Promise<number> {
  bundle ??= bundleForPage(PAGE_BUDGET, 'PolicyLensPageBudget');
  const code = await bundle;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    try {
      await page.goto(url);
      await page.addScriptTag({ content: code });
      samples.push(
        await page.evaluate(async () => {
          type Api = { readWithinBudget(doc: Document, url: string): Promise<unknown> };
          const api = (globalThis as unknown as { PolicyLensPageBudget: Api }).PolicyLensPageBudget;
          const start = performance.now();
          const reading = api.readWithinBudget(document, location.href);
          const firstTaskEnd = performance.now();
          // The second task starts after a yield; timing from the end of the first is an upper bound for it.
          await reading;
          return Math.max(firstTaskEnd - start, performance.now() - firstTaskEnd);
        }),
      );
    } finally {
      await page.close();
    }
  }
  return Math.round(Math.min(...samples));
}
