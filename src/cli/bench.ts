/**
 * `npm run bench [-- --json] [--runs N] [--no-browser] [--memory | --import] [DIR]`: what the reader feels.
 * Median time per corpus page of Readability.parse alone (on a fresh clone),
 * of the content script's work (readPage), of the bail-out on pages that are
 * not articles, and of the full pipeline, with ratios measured in the same
 * run; plus the gzipped size of the built content script; then the notes
 * database, the page-side work (anchoring, long tasks) and the main-thread CPU time
 * added to a home page, next to an empty content script's, as figures.
 */
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyzeDocument } from '../engine/analyze.ts';
import { quickArticleVerdict } from '../engine/detect/article.ts';
import { readHeadInfo } from '../engine/detect/head-info.ts';
import { readPageFacts } from '../engine/detect/page-signals.ts';
import { readPage } from '../engine/extract/read-page.ts';
import { formatFigure, type BenchFigure } from './bench-figures.ts';
import { benchHomePage } from './bench-home-page.ts';
import { benchImportInChromium, IMPORT_BENCH_NOTES } from './bench-import-chromium.ts';
import { benchMemoryInChromium } from './bench-memory-chromium.ts';
import { benchPage } from './bench-page.ts';
import { benchStorageInChromium } from './bench-storage-chromium.ts';
import { benchStorage } from './bench-storage.ts';
import { contentScriptSize, type BundleSize } from './bundle-size.ts';
import { CorpusMissingError, DEFAULT_CORPUS, PROJECT_ROOT, listCorpus } from './corpus.ts';
import { loadHtmlFile, type LoadedPage } from './load-page.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
/** Skip the Chromium measurements (no browser on this machine, or a quick run). */
const noBrowser = args.includes('--no-browser');
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? Math.max(1, Number(args[runsIndex + 1]) || 1) : 9;
const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');
const dir = dirArg ? resolve(dirArg) : DEFAULT_CORPUS;

/** The non-article page the project ships, so the bail-out is measured even where the corpus has none that bails. */
const HOME_FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/site/index.html');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Median wall time of each task over `runs` rounds after a warm-up round.
 * Tasks take turns within a round so that a slow patch of the machine
 * (garbage collection, another process) weighs on all of them alike.
 * `prepare` runs untimed before its task.
 */
function timeTasks(tasks: { prepare?: () => unknown; run: (input: unknown) => unknown }[]): number[] {
  const times: number[][] = tasks.map(() => []);
  for (let round = 0; round <= runs; round++) {
    tasks.forEach((task, i) => {
      const input = task.prepare?.();
      const start = performance.now();
      task.run(input);
      if (round > 0) times[i]?.push(performance.now() - start);
    });
  }
  return times.map(median);
}

interface PageTimes {
  id: string;
  words: number;
  isArticle: boolean;
  /** True when readPage decided before running Readability. */
  bailedOut: boolean;
  readabilityMs: number;
  contentMs: number;
  pipelineMs: number;
}

interface Section {
  name: string;
  /** Lines for the human report; totals go into `summary`. */
  run(pages: PageTimes[], summary: Record<string, number | null>): string[];
}

const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;
const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

const SECTIONS: Section[] = [
  {
    name: 'Per page (medians)',
    run(pages) {
      const header = `${'page'.padEnd(28)}${'words'.padStart(7)}${'readability'.padStart(13)}${'content'.padStart(11)}${'×'.padStart(6)}${'pipeline'.padStart(11)}${'×'.padStart(6)}`;
      return [
        header,
        ...pages.map(
          (p) =>
            `${p.id.padEnd(28)}${String(p.words).padStart(7)}${p.readabilityMs.toFixed(2).padStart(13)}${p.contentMs.toFixed(2).padStart(11)}` +
            `${ratio(p.contentMs, p.readabilityMs).toFixed(2).padStart(6)}${p.pipelineMs.toFixed(2).padStart(11)}${ratio(p.pipelineMs, p.readabilityMs).toFixed(2).padStart(6)}` +
            (p.bailedOut ? '  (bailed out)' : ''),
        ),
      ];
    },
  },
  {
    name: 'Content script vs Readability.parse (article pages)',
    run(pages, summary) {
      const articles = pages.filter((p) => p.isArticle);
      const contentRatio = median(articles.map((p) => ratio(p.contentMs, p.readabilityMs)));
      const pipelineRatio = median(articles.map((p) => ratio(p.pipelineMs, p.readabilityMs)));
      const totalPipelineMs = articles.reduce((n, p) => n + p.pipelineMs, 0);
      const words = articles.reduce((n, p) => n + p.words, 0);
      Object.assign(summary, {
        readabilityMs: median(articles.map((p) => p.readabilityMs)),
        contentMs: median(articles.map((p) => p.contentMs)),
        pipelineMs: median(articles.map((p) => p.pipelineMs)),
        contentRatio,
        pipelineRatio,
        wordsPerSecond: totalPipelineMs ? Math.round(words / (totalPipelineMs / 1000)) : 0,
      });
      return [
        `pages: ${articles.length}`,
        `Readability.parse  ${fmt(summary.readabilityMs ?? 0)}`,
        `content script     ${fmt(summary.contentMs ?? 0)}   ratio ${contentRatio.toFixed(2)}×  (target ≤ 1.3×) ${contentRatio <= 1.3 ? 'ok' : 'SHORT'}`,
        `full pipeline      ${fmt(summary.pipelineMs ?? 0)}   ratio ${pipelineRatio.toFixed(2)}×  (target ≤ 2×) ${pipelineRatio <= 2 ? 'ok' : 'SHORT'}`,
        `words per second (full pipeline): ${summary.wordsPerSecond}`,
      ];
    },
  },
  {
    name: 'Bail-out on pages that are not articles',
    run(pages, summary) {
      const bailed = pages.filter((p) => p.bailedOut);
      const notArticles = pages.filter((p) => !p.isArticle && !p.bailedOut);
      const bailoutMs = bailed.length ? median(bailed.map((p) => p.contentMs)) : null;
      summary.bailoutMs = bailoutMs;
      return [
        `bailed out before Readability: ${bailed.map((p) => p.id).join(', ') || 'none'}`,
        bailoutMs === null ? 'no page bailed out' : `median ${fmt(bailoutMs)}  (target ≤ 1 ms) ${bailoutMs <= 1 ? 'ok' : 'SHORT'}`,
        `judged not an article after extraction: ${notArticles.map((p) => `${p.id} ${fmt(p.contentMs)}`).join(', ') || 'none'}`,
      ];
    },
  },
  {
    name: 'Content script bundle',
    run(_pages, summary) {
      const size: BundleSize | null = contentScriptSize(resolve(PROJECT_ROOT, 'dist'));
      summary.contentScriptBytes = size?.bytes ?? null;
      summary.contentScriptGzBytes = size?.gzipBytes ?? null;
      if (!size) return ['dist/ not built (run `npm run build`): size not measured'];
      const kb = size.gzipBytes / 1024;
      return [
        `files: ${size.files.join(', ')}`,
        `${size.bytes} bytes, ${size.gzipBytes} gzipped (${kb.toFixed(1)} KB; target ≤ 40 KB) ${kb <= 40 ? 'ok' : 'SHORT'}`,
      ];
    },
  },
];

async function measure(id: string, path: string): Promise<PageTimes> {
  const page: LoadedPage = await loadHtmlFile(path);
  try {
    const { doc, url } = page;
    const reading = readPage(doc, url);
    const [readabilityMs = 0, contentMs = 0, pipelineMs = 0] = timeTasks([
      { prepare: () => doc.cloneNode(true), run: (clone) => new Readability(clone as Document).parse() },
      { run: () => readPage(doc, url) },
      { run: () => analyzeDocument(doc, url) },
    ]);
    const words = reading.text ? reading.text.text.split(/\s+/).length : 0;
    return {
      id,
      words,
      isArticle: reading.article.isArticle,
      bailedOut: quickArticleVerdict(readPageFacts(doc, readHeadInfo(doc)), reading.canonicalUrl, () => doc.body?.textContent?.length ?? 0) !== null,
      readabilityMs,
      contentMs,
      pipelineMs,
    };
  } finally {
    page.close();
  }
}

const MEMORY_GROUP = 'Memory across articles and the People view (Chromium IndexedDB, built extension)';

/** Figures that need no corpus: the notes database (Node, then Chromium) and page-side work in Chromium. */
async function figureSections(): Promise<string[]> {
  const groups: [string, () => Promise<BenchFigure[]>][] = [['Notes database (Node, fake-indexeddb)', benchStorage]];
  if (!noBrowser) {
    groups.push(
      ['Notes database (Chromium IndexedDB, built extension)', benchStorageInChromium],
      ['In the page (Chromium)', benchPage],
      ['A home page (Chromium, against an empty content script)', benchHomePage],
      [MEMORY_GROUP, () => benchMemoryInChromium()],
    );
  }
  const lines: string[] = [];
  for (const [name, run] of groups) {
    const figures = await run();
    for (const f of figures) summary[f.name] = f.value;
    lines.push('', name, ...figures.map((f) => `  ${formatFigure(f)}`));
  }
  return lines;
}

const summary: Record<string, number | null> = {};
const report: string[] = [];
let corpusMissing = false;
/** Measure one group of figures alone, print it and exit. */
async function onlyGroup(title: string, run: () => Promise<BenchFigure[]>): Promise<never> {
  const figures = await run();
  for (const f of figures) summary[f.name] = f.value;
  process.stdout.write(json ? `${JSON.stringify(summary)}\n` : `${[title, ...figures.map((f) => `  ${formatFigure(f)}`)].join('\n')}\n`);
  process.exit(0);
}
// A 100,000-note import takes minutes on its own: measured only when asked for.
if (args.includes('--import')) {
  const notesIndex = args.indexOf('--notes');
  const notes = notesIndex >= 0 ? Math.max(1, Number(args[notesIndex + 1]) || IMPORT_BENCH_NOTES) : IMPORT_BENCH_NOTES;
  await onlyGroup('Importing a JSON export (Chromium, built extension)', () => benchImportInChromium(notes));
}
if (args.includes('--memory')) await onlyGroup(MEMORY_GROUP, () => benchMemoryInChromium());
try {
  const corpus = listCorpus(dir);
  const pages: PageTimes[] = [];
  for (const page of corpus) pages.push(await measure(page.id, page.htmlPath));
  pages.push(await measure('(fixture) home page', HOME_FIXTURE));
  report.push(`Corpus: ${dir} (${corpus.length} pages), ${runs} timed runs per page after a warm-up`);
  for (const section of SECTIONS) report.push('', section.name, ...section.run(pages, summary).map((l) => `  ${l}`));
} catch (error) {
  if (!(error instanceof CorpusMissingError)) throw error;
  corpusMissing = true;
  report.push(`${error.message} The engine figures were skipped.`);
}
report.push(...(await figureSections()));
process.stdout.write(json ? `${JSON.stringify(summary)}\n` : `${report.join('\n')}\n`);
if (corpusMissing) process.exitCode = 2;
