/**
 * The memory benchmark (memory-bench-core.ts) in Chromium's real IndexedDB,
 * inside an extension page of the built extension (run `npm run build`
 * first), bundled on the fly as the storage benchmark is.
 *
 *   npx tsx src/cli/bench-memory-chromium.ts
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchWithExtension } from '../../tests/e2e/support/extension-browser.ts';
import { printFigures } from './bench-figures.ts';
import type { BenchFigure } from './bench-figures.ts';
import { bundleForPage } from './bundle-for-page.ts';

const GLOBAL = 'policyLensMemoryBench';

export async function benchMemoryInChromium(articles?: number): Promise<BenchFigure[]> {
  const source = await bundleForPage(fileURLToPath(new URL('./memory-bench-core.ts', import.meta.url)), GLOBAL);
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    page.on('console', (message) => process.stderr.write(`${message.text()}\n`));
    await page.goto(`chrome-extension://${browser.extensionId}/src/library/index.html`);
    await page.evaluate(source);
    return await page.evaluate(
      ([name, count]) => {
        const bench = (globalThis as unknown as Record<string, { measureMemory(env: string, n?: number): Promise<BenchFigure[]> } | undefined>)[name];
        if (!bench) throw new Error('The benchmark bundle did not load in the page.');
        return bench.measureMemory('Chromium IndexedDB', count);
      },
      [GLOBAL, articles] as const,
    );
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printFigures(await benchMemoryInChromium(Number(process.argv[2]) || undefined));
