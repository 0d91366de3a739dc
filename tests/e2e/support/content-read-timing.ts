/**
 * The content script's own reading of a page, timed inside a real page: the
 * shipped module (src/content/page-budget.ts) bundled and run on a freshly
 * loaded page, so each run is a cold first read, as in the extension. It
 * reads in a few tasks (the budget check, the copy of a large page's
 * beginning, the engine's read); the longest is measured as the longest gap
 * between turns of a message loop run alongside (the page is otherwise idle).
 * The smallest of a few runs: other processes on a busy machine only ever
 * add wall time.
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
          // A message loop turns between tasks: the longest gap between turns is the longest task.
          const channel = new MessageChannel();
          let last = performance.now();
          let longest = 0;
          let running = true;
          channel.port1.onmessage = () => {
            const now = performance.now();
            longest = Math.max(longest, now - last);
            last = now;
            if (running) channel.port2.postMessage(null);
          };
          const start = performance.now();
          const reading = api.readWithinBudget(document, location.href);
          longest = performance.now() - start;
          last = performance.now();
          channel.port2.postMessage(null);
          await reading;
          running = false;
          return Math.max(longest, performance.now() - last);
        }),
      );
    } finally {
      await page.close();
    }
  }
  return Math.round(Math.min(...samples));
}
