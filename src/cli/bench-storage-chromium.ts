/**
 * The storage benchmark in Chromium's real IndexedDB, inside an extension
 * page of the built extension (run `npm run build` first). The benchmark is
 * bundled on the fly and evaluated in the page through DevTools, so the
 * extension itself ships no benchmark code.
 *
 *   npx tsx src/cli/bench-storage-chromium.ts
 */
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchWithExtension } from '../../tests/e2e/support/extension-browser.ts';
import { printFigures } from './bench-storage.ts';
import type { BenchFigure } from './storage-bench-core.ts';

const GLOBAL = 'policyLensStorageBench';

async function bundledBenchmark(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./storage-bench-core.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'browser',
    target: 'chrome116',
    write: false,
  });
  // Evaluated code keeps its `var` to itself: publish the bundle's exports on the page's global object.
  return `${result.outputFiles[0]!.text}\nglobalThis.${GLOBAL} = ${GLOBAL};`;
}

export async function benchStorageInChromium(): Promise<BenchFigure[]> {
  const source = await bundledBenchmark();
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/library/index.html`);
    await page.evaluate(source);
    return await page.evaluate(
      (name) => (globalThis as unknown as Record<string, { measureStorage(env: string): Promise<BenchFigure[]> }>)[name]!.measureStorage('Chromium IndexedDB'),
      GLOBAL,
    );
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printFigures(await benchStorageInChromium());
