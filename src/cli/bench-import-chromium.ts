/**
 * A 100,000-note import (about 19 MB) through the library page of the built
 * extension in Chromium (run `npm run build` first), the way a reader does it
 * (the file input), while another extension page saves a note every 100 ms as
 * the panel does: the import's time, the longest task in the library page,
 * and the longest a save waited meanwhile. Figures move with what else the
 * machine runs: the load average during the import is printed with them.
 *
 *   npm run bench -- --import [--notes N]
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchWithExtension, PANEL_PATH } from '../../tests/e2e/support/extension-browser.ts';
import { syntheticExport } from '../../tests/e2e/support/synthetic-export.ts';
import { printFigures } from './bench-figures.ts';
import type { BenchFigure } from './bench-figures.ts';

/** The size the issue reports; `--notes N` imports a smaller file while iterating. */
export const IMPORT_BENCH_NOTES = 100_000;
const NOTES_PER_ARTICLE = 50;

export async function benchImportInChromium(notes = IMPORT_BENCH_NOTES): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-import-bench-'));
  const path = join(dir, 'notes.json');
  writeFileSync(path, syntheticExport({ articles: Math.ceil(notes / NOTES_PER_ARTICLE), notes, body: 'Ports want a delay' }));
  const megabytes = statSync(path).size / 1024 / 1024;
  const browser = await launchWithExtension();
  try {
    const library = await browser.context.newPage();
    await library.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      Object.assign(window, { benchLongTasks: tasks });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
    });
    const url = `chrome-extension://${browser.extensionId}/src/library/index.html`;
    await library.goto(url);
    await library.locator('.library-controls').waitFor();
    // A panel page (bound to no tab, so it reads nothing) saves: one write transaction over the notes tables every 100 ms, as a save is.
    const saver = await browser.context.newPage();
    await saver.goto(`chrome-extension://${browser.extensionId}/${PANEL_PATH}`);
    await saver.evaluate(startSaving);

    const started = Date.now();
    // The page's own loading is not the import's: only tasks from here on count.
    const importBegan = await library.evaluate(() => performance.now());
    const loadBefore = loadavg()[0] ?? 0;
    await library.locator('input[type="file"]').setInputFiles(path);
    await library.locator('.import-result').waitFor({ timeout: 1_800_000 });
    const seconds = (Date.now() - started) / 1000;
    const result = (await library.locator('.import-result').textContent()) ?? '';
    if (!result.includes('added')) throw new Error(`The import failed: ${result}`);
    const longestTask = await library.evaluate(
      (from) => Math.max(0, ...(window as unknown as { benchLongTasks: { start: number; duration: number }[] }).benchLongTasks.filter((t) => t.start >= from).map((t) => t.duration)),
      importBegan,
    );
    const waits = await saver.evaluate(() => (window as unknown as { benchSaveWaits: number[] }).benchSaveWaits);
    const setting = `${notes.toLocaleString('en')} notes, ${megabytes.toFixed(1)} MB, Chromium`;
    return [
      { name: 'load average (1 min) when the import began', value: loadBefore, unit: '' },
      { name: 'load average (1 min) when it ended', value: loadavg()[0] ?? 0, unit: '' },
      { name: `import a JSON export (${setting})`, value: seconds, unit: 's' },
      { name: `longest task in the library page during the import (${setting})`, value: longestTask, unit: 'ms', target: '≤ 200 ms' },
      { name: `longest wait of a save in another page during the import (${waits.length} saves)`, value: Math.max(0, ...waits), unit: 'ms', target: '≤ 1000 ms' },
      { name: 'saves that waited over 1 s', value: waits.filter((wait) => wait > 1000).length, unit: 'saves', target: '0' },
      { name: 'median wait of a save', value: [...waits].sort((a, b) => a - b)[Math.floor(waits.length / 2)] ?? 0, unit: 'ms' },
    ];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs in the panel page: saves every 100 ms, each timed from its start to its commit. */
function startSaving(): Promise<void> {
  const waits: number[] = [];
  Object.assign(window, { benchSaveWaits: waits });
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('policy-lens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      let n = 0;
      setInterval(() => {
        const start = performance.now();
        const tx = db.transaction(['articles', 'notes', 'highlights', 'searchIndex'], 'readwrite', { durability: 'strict' });
        const now = Date.now();
        tx.objectStore('notes').put({ id: 'bench-save', articleKey: 'https://bench.example/a', body: `keystroke ${n++}`, tags: [], attachment: null, createdAt: now, updatedAt: now, deletedAt: now });
        tx.oncomplete = () => waits.push(performance.now() - start);
      }, 100);
      resolve();
    };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printFigures(await benchImportInChromium());
