/**
 * `npm run eval -- [DIR] [--json]`: score the engine against the corpus's
 * gold labels (rules in the corpus README, implemented in scoring.ts).
 */
import { resolve } from 'node:path';
import { toRecord } from './analysis-record.ts';
import { CorpusMissingError, DEFAULT_CORPUS, listCorpus } from './corpus.ts';
import { analyzeFile } from './load-page.ts';
import { scorePage, totalsOf, type PageCounts, type Totals } from './scoring.ts';

const TARGETS: Partial<Record<keyof Totals, number>> = {
  articleAccuracy: 0.96,
  policyF1: 0.93,
  topicAccuracy: 0.8,
  quotePrecision: 0.97,
  quoteF1: 0.97,
  speakerAccuracy: 0.92,
  attributedRecall: 0.9,
  stakeholderRecall: 0.8,
  stanceAccuracy: 0.75,
};

const args = process.argv.slice(2);
const json = args.includes('--json');
const dirArg = args.find((a) => !a.startsWith('--'));
const dir = dirArg ? resolve(dirArg) : DEFAULT_CORPUS;

let pages;
try {
  pages = listCorpus(dir);
} catch (error) {
  if (!(error instanceof CorpusMissingError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}

const rows: string[] = [];
const counts: PageCounts[] = [];
for (const page of pages) {
  const record = toRecord(page.htmlPath, await analyzeFile(page.htmlPath));
  const c = scorePage(page.gold, record);
  counts.push(c);
  const mark = (ok: boolean) => (ok ? ' ' : '✗');
  const g = page.gold;
  rows.push(
    [
      page.id.padEnd(28),
      `art ${mark(!!c.articleRight)}${record.isArticle ? 'Y' : 'n'}`,
      `pol ${mark(g.is_policy === record.isPolicy)}${record.isPolicy ? 'Y' : 'n'}`,
      `topic ${g.is_policy ? `${mark(!!c.topicRight)}${(record.topic ?? '-').slice(0, 14).padEnd(14)}` : ' '.repeat(15)}`,
      `quotes ${c.quotesMatched}/${c.quotesPredicted}p/${c.quotesGold}g`.padEnd(18),
      `spk ${c.speakerRight}/${c.speakerScored}/${c.namedGold}`.padEnd(12),
      `stk ${c.stakeholdersMatched}/${c.stakeholdersGold}`.padEnd(8),
      `stance ${c.stanceRight}/${c.stakeholdersMatched}`,
    ].join('  '),
  );
}
const totals = totalsOf(counts);

if (json) {
  process.stdout.write(`${JSON.stringify(totals)}\n`);
} else {
  process.stdout.write(`Corpus: ${dir} (${pages.length} pages)\n`);
  process.stdout.write('columns: ✗ = wrong; quotes matched/predicted/gold; spk right/scored/named gold; stk matched/gold; stance right/matched\n\n');
  process.stdout.write(`${rows.join('\n')}\n\nTotals\n`);
  for (const [key, value] of Object.entries(totals) as [keyof Totals, number][]) {
    if (key === 'pages') continue;
    const target = TARGETS[key];
    const verdict = target === undefined ? '' : `target ≥ ${target.toFixed(2)} ${value >= target ? 'ok' : 'SHORT'}`;
    process.stdout.write(`  ${key.padEnd(18)} ${value.toFixed(3)}  ${verdict}\n`);
  }
}
