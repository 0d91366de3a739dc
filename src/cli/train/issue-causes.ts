/**
 * Why a picked issue phrase misses the gold one, word by word (`tsx
 * src/cli/train/issue.ts --errors`): each gold content word the pick lacks is
 * put down to where the page offers it (nowhere in its words or their gloss,
 * once in the body, only in the body, or in the headline or lede but left out), and each picked
 * word the gold lacks to where it came from; then the totals, so the largest
 * cause is the one worked on.
 */
import type { IssueWord } from '../../engine/issue/words.ts';
import { issueContentWords } from '../scoring-issue.ts';

export type MissCause = 'not in the page (or its gloss)' | 'once in the body' | 'body only' | 'headline/lede, left out';
export type ExtraCause = 'extra from headline' | 'extra from lede only';

export interface IssueCauses {
  missed: { word: string; cause: MissCause }[];
  extra: { word: string; cause: ExtraCause }[];
  goldWords: number;
  pickedWords: number;
}

/** `read` holds every content word the page's runs give, those the word model skips (said once in the body) included. */
export function issueCauses(gold: string, picked: string | null, words: readonly IssueWord[], read: ReadonlySet<string>): IssueCauses {
  const goldKeys = issueContentWords(gold);
  const pickedKeys = issueContentWords(picked ?? '');
  const byKey = new Map(words.map((w) => [w.key, w.features]));
  const missed = [...goldKeys]
    .filter((k) => !pickedKeys.has(k))
    .map((word) => {
      const f = byKey.get(word);
      const cause: MissCause = !f ? (read.has(word) ? 'once in the body' : 'not in the page (or its gloss)') : f.title || f.lede ? 'headline/lede, left out' : 'body only';
      return { word, cause };
    });
  const extra = [...pickedKeys]
    .filter((k) => !goldKeys.has(k))
    .map((word) => ({ word, cause: (byKey.get(word)?.title ? 'extra from headline' : 'extra from lede only') as ExtraCause }));
  return { missed, extra, goldWords: goldKeys.size, pickedWords: pickedKeys.size };
}

/** Per-page lines: the gold words missed and the picked words in excess, each with its cause. */
export function causeLines(c: IssueCauses): string[] {
  const list = (items: { word: string; cause: string }[]): string => items.map((i) => `${i.word} (${i.cause})`).join(', ') || '—';
  return [`  missed ${list(c.missed)}`, `  extra  ${list(c.extra)}`];
}

/** The totals over pages: words missed and in excess by cause, and pages whose pick is longer or shorter than the gold. */
export function causeTotals(all: readonly IssueCauses[]): string[] {
  const tally = new Map<string, number>();
  const bump = (key: string): void => void tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const c of all) {
    for (const m of c.missed) bump(`missed: ${m.cause}`);
    for (const e of c.extra) bump(`${e.cause}`);
    bump(c.pickedWords > c.goldWords ? 'pages: pick longer than gold' : c.pickedWords < c.goldWords ? 'pages: pick shorter than gold' : 'pages: pick as long as gold');
  }
  const gold = all.reduce((s, c) => s + c.goldWords, 0);
  const picked = all.reduce((s, c) => s + c.pickedWords, 0);
  return [`gold content words ${gold}, picked ${picked}`, ...[...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${String(n).padStart(4)}  ${k}`)];
}

/** One page's loss (1 - F1) split by where it arises. */
export interface IssueLoss {
  /** The best phrase the engine builds still misses: the right words are not in one sentence of the lead, or not in the page. */
  notBuilt: number;
  /** The pick falls short of the best phrase the engine builds, and is not merely short of it. */
  choice: number;
  /** The pick falls short of the best phrase because it stops early: most of its words are right, most gold words left out. */
  cutShort: number;
}

/** A pick "stops early" when at least this share of its words are gold words… */
const SHORT_PRECISION = 2 / 3;
/** …and it holds less than this share of the gold's. */
const SHORT_RECALL = 1 / 2;

export function issueLoss(f1: number, oracleF1: number, c: IssueCauses): IssueLoss {
  const best = Math.max(f1, oracleF1);
  const right = c.pickedWords - c.extra.length;
  const short = c.pickedWords > 0 && right / c.pickedWords >= SHORT_PRECISION && right / Math.max(c.goldWords, 1) < SHORT_RECALL;
  return { notBuilt: 1 - best, choice: short ? 0 : best - f1, cutShort: short ? best - f1 : 0 };
}

/** The mean loss per page by where it arises, and how many pages each part touches. */
export function lossTotals(all: readonly IssueLoss[]): string[] {
  const pages = Math.max(all.length, 1);
  const line = (label: string, part: (l: IssueLoss) => number): string =>
    `loss ${label.padEnd(24)} ${(all.reduce((s, l) => s + part(l), 0) / pages).toFixed(3)} over ${all.filter((l) => part(l) > 0).length} pages`;
  return [line('right phrase not built', (l) => l.notBuilt), line('choice wrong', (l) => l.choice), line('pick cut too short', (l) => l.cutShort)];
}
