/**
 * The storage benchmark in Chromium's real IndexedDB, inside an extension
 * page of the built extension (run `npm run build` first). The benchmark is
 * bundled on the fly and evaluated in the page through DevTools, so the
 * extension itself ships no benchmark code.
 *
 *   npx tsx src/cli/bench-storage-chromium.ts
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchWithExtension } from '../../tests/e2e/support/extension-browser.ts';
import { printFigures } from './bench-figures.ts';
import type { BenchFigure } from './bench-figures.ts';
import { bundleForPage } from './bundle-for-page.ts';

const GLOBAL = 'policyLensStorageBench';

export async function benchStorageInChromium(): Promise<BenchFigure[]> {
  const source = await bundleForPage(fileURLToPath(new URL('./storage-bench-core.ts', import.meta.url)), GLOBAL);
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/library/index.html`);
    await page.evaluate(source);
    return await page.evaluate(
      (name) => {
        const bench = (globalThis as unknown as Record<string, { measureStorage(env: string): Promise<BenchFigure[]> } | undefined>)[name];
        if (!bench) throw new Error('The benchmark bundle did not load in the page.');
        return bench.measureStorage('Chromium IndexedDB');
      },
      GLOBAL,
    );
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printFigures(await benchStorageInChromium());
