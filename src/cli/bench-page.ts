/**
 * Page-side figures measured in real Chromium:
 * - anchoring 200 highlights on a 50,000-word page (the content script's
 *   anchoring module, bundled and run in the page), exact and after edits;
 * - the content script's longest reading task on a large non-article page
 *   and a long article, with the page's longest task with and without the
 *   built extension for reference (same run).
 * Run alone with `npx tsx src/cli/bench-page.ts`, or as part of `npm run bench`.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { longestReadTask } from '../../tests/e2e/support/content-read-timing.ts';
import { chromePath, DIST, launchWithExtension, QUIET_FLAGS } from '../../tests/e2e/support/extension-browser.ts';
import { tasksAfterParsing } from '../../tests/e2e/support/long-tasks.ts';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server.ts';
import { printFigures } from './bench-figures.ts';
import type { BenchFigure } from './bench-figures.ts';
import { bundleForPage } from './bundle-for-page.ts';
import { PROJECT_ROOT } from './corpus.ts';


const WORDS = 50_000;
const HIGHLIGHTS = 200;
const RUNS = 5;

/** Deterministic filler text: the same page every run. */
function words(count: number, seed = 1): string[] {
  const vocabulary = ['budget', 'council', 'minister', 'policy', 'reform', 'court', 'vote', 'health', 'migrants', 'climate', 'tax', 'report', 'said', 'the', 'of', 'and', 'a', 'to', 'in', 'plan'];
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(`${vocabulary[x % vocabulary.length]}${i % 97 === 0 ? i : ''}`);
  }
  return out;
}

function bigArticleHtml(): string {
  const all = words(WORDS);
  const paragraphs: string[] = [];
  for (let i = 0; i < all.length; i += 60) paragraphs.push(`<p>${all.slice(i, i + 60).join(' ')}.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long page</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`;
}

function bigNonArticleHtml(): string {
  const links = words(20_000, 7).map((w, i) => `<li><a href="/item/${i}">${w} item ${i}</a></li>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Catalogue</title></head><body><nav><ul>${links.join('')}</ul></nav></body></html>`;
}


async function benchAnchoringInChromium(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-bench-'));
  const file = join(dir, 'long.html');
  writeFileSync(file, bigArticleHtml());
  const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: QUIET_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(await bundleForPage(resolve(PROJECT_ROOT, 'src/content/highlights/passage-sets.ts'), 'PolicyLensAnchoring'));
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.evaluate('window.__name = (f) => f');
    return await page.evaluate(
      ({ count, runs }) => {
        type Api = { drawPassageSet: (set: string, passages: unknown[]) => string[] };
        const api = (window as unknown as { PolicyLensAnchoring: Api }).PolicyLensAnchoring;
        const text = document.body.textContent!.replace(/\s+/g, '');
        const passages = Array.from({ length: count }, (_, i) => {
          const start = Math.floor(((i + 0.5) / count) * (text.length - 200));
          const exact = text.slice(start, start + 80);
          return {
            id: `h${i}`,
            layer: 'user-yellow',
            quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(start - 32, start), suffix: text.slice(start + 80, start + 112) },
            position: { type: 'TextPositionSelector', start, end: start + 80 },
            label: '',
          };
        });
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
        const time = (list: unknown[]) => {
          const times: number[] = [];
          let missing = 0;
          for (let r = 0; r < runs; r++) {
            const t0 = performance.now();
            missing = api.drawPassageSet('user', list).length;
            times.push(performance.now() - t0);
          }
          return { ms: median(times), missing };
        };
        const unchanged = time(passages);
        // Every highlight's stored position off by 3 and a word of context changed: the exact-search path.
        const moved = time(passages.map((p) => ({ ...p, position: { ...p.position, start: p.position.start + 3 }, quote: { ...p.quote, prefix: `xyz${p.quote.prefix.slice(3)}` } })));
        // A tenth of the highlights edited inside (one character changed): the fuzzy path for those.
        const edited = time(
          passages.map((p, i) =>
            i % 10 ? p : { ...p, position: undefined, quote: { ...p.quote, exact: `${p.quote.exact.slice(0, 40)}#${p.quote.exact.slice(41)}` } },
          ),
        );
        return [
          { name: `anchor ${count} highlights, 50,000-word page, unchanged (missing ${unchanged.missing})`, value: unchanged.ms, unit: 'ms', target: '≤ 200 ms' },
          { name: `anchor ${count} highlights, positions moved (missing ${moved.missing})`, value: moved.ms, unit: 'ms', target: '≤ 200 ms' },
          { name: `anchor ${count} highlights, 10% edited inside (missing ${edited.missing})`, value: edited.ms, unit: 'ms', target: '≤ 200 ms' },
        ];
      },
      { count: HIGHLIGHTS, runs: RUNS },
    );
  } finally {
    await browser.close();
  }
}

/**
 * On a large non-article page and a long article: the content script's own
 * longest reading task (its module run in the page, a cold first read), and
 * for reference the page's longest task after parsing (CPU time, from a
 * DevTools trace) with and without the extension, measured in the same run.
 */
async function benchLongTasks(): Promise<BenchFigure[]> {
  if (!existsSync(join(DIST, 'manifest.json'))) return [];
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-bench-site-'));
  writeFileSync(join(dir, 'catalogue.html'), bigNonArticleHtml());
  writeFileSync(join(dir, 'long.html'), bigArticleHtml());
  const server = await startFixtureServer(dir);
  const extension = await launchWithExtension();
  const plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'policy-lens-plain-')), {
    executablePath: chromePath(),
    headless: true,
    viewport: null,
    args: QUIET_FLAGS,
  });
  try {
    const figures: BenchFigure[] = [];
    for (const [label, path] of [['20,000-link non-article page', '/catalogue.html'], ['50,000-word article page', '/long.html']] as const) {
      const url = server.url(path);
      figures.push({ name: `content script's longest reading task, ${label}`, value: await longestReadTask(plain, url), unit: 'ms', target: '≤ 50 ms' });
      const settle = (page: Page) => page.waitForTimeout(500);
      const without = await tasksAfterParsing(plain, url, settle);
      const withIt = await tasksAfterParsing(extension.context, url, settle);
      figures.push({ name: `extension's longest task in the page (trace), ${label}`, value: withIt.longestExtension, unit: 'ms CPU', target: '≤ 50 ms' });
      figures.push({ name: `page's longest task after parsing, ${label}, without the extension`, value: without.longest, unit: 'ms CPU' });
      figures.push({ name: `page's longest task after parsing, ${label}, with the extension`, value: withIt.longest, unit: 'ms CPU' });
    }
    return figures;
  } finally {
    await extension.close();
    await plain.close();
    await server.close();
  }
}

export async function benchPage(): Promise<BenchFigure[]> {
  return [...(await benchAnchoringInChromium()), ...(await benchLongTasks())];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printFigures(await benchPage());
}
