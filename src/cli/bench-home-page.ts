/**
 * What the content script costs a page that is not an article: the main
 * thread's CPU time (from a trace, so a crowded machine does not inflate it;
 * compiling content scripts included, which CDP's ScriptDuration leaves out)
 * added to loading the project's home-page fixture by the built extension,
 * next to what an empty MV3 content script adds, both against the same page
 * with no extension, measured in the same run.
 * Run alone with `npx tsx src/cli/bench-home-page.ts`, or as part of `npm run bench`.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { chromePath, DIST, QUIET_FLAGS } from '../../tests/e2e/support/extension-browser.ts';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server.ts';
import { loadCpu } from '../../tests/e2e/support/long-tasks.ts';
import { printFigures } from './bench-figures.ts';
import type { BenchFigure } from './bench-figures.ts';

const RUNS = 15;
/** Long enough for a document_idle content script to have read the page and reported. */
const SETTLE_MS = 500;

/** A second extension whose content script is empty, matching the same pages at the same time as ours. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-empty-extension-'));
  writeFileSync(join(dir, 'empty.js'), '');
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

function launch(extension: string | null): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'policy-lens-home-bench-'));
  mkdirSync(profile, { recursive: true });
  const load = extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [];
  return chromium.launchPersistentContext(profile, { executablePath: chromePath(), headless: true, viewport: null, args: [...load, ...QUIET_FLAGS] });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

export async function benchHomePage(): Promise<BenchFigure[]> {
  if (!existsSync(join(DIST, 'manifest.json'))) return [];
  const server = await startFixtureServer();
  const contexts = {
    none: await launch(null),
    empty: await launch(emptyExtension()),
    ours: await launch(DIST),
  };
  try {
    const url = server.url('/index.html');
    const times = { none: [] as number[], empty: [] as number[], ours: [] as number[] };
    // A warm-up load each, then turns in every round so a slow patch of the machine weighs on all alike.
    for (let round = 0; round <= RUNS; round++) {
      for (const key of ['none', 'empty', 'ours'] as const) {
        const ms = await loadCpu(contexts[key], url, (page) => page.waitForTimeout(SETTLE_MS));
        if (round > 0) times[key].push(ms);
      }
    }
    const base = median(times.none);
    return [
      { name: 'home page main-thread CPU time without an extension', value: base, unit: 'ms' },
      { name: 'main-thread CPU time added on a home page by an empty MV3 content script', value: median(times.empty) - base, unit: 'ms' },
      { name: 'main-thread CPU time added on a home page by the content script', value: median(times.ours) - base, unit: 'ms' },
    ];
  } finally {
    for (const context of Object.values(contexts)) await context.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printFigures(await benchHomePage());
}
