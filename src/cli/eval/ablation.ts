/**
 * Ablation: each feature group switched off in turn (in training and so in
 * the decision), with the change it makes in the cross-validated figures. A
 * group whose whole gain comes from one page is flagged: it learned that
 * page, not the task.
 */
import { SELECTION_FEATURE_GROUPS } from '../../engine/actors/stakeholder-features.ts';
import { STANCE_FEATURE_GROUPS } from '../../engine/stance/features.ts';
import { toRecord } from '../analysis-record.ts';
import { scorePage, totalsOf, type PageCounts } from '../scoring.ts';
import { crossValidate } from '../train/cross-validate.ts';
import type { TrainOptions } from '../train/models.ts';
import type { PreparedPage } from '../train/prepared-corpus.ts';

/** Rows shown at each end of the table. */
const TOP_AND_BOTTOM = 10;

interface Row {
  group: string;
  /** Change in the cross-validated figure when the group is off (negative: the group helps). */
  stakeholderF1: number;
  stance: number;
  reversed: number;
  /** Pages whose counts change at all. */
  pagesChanged: number;
}

/** A score per page that a group may move: stakeholders matched plus stances right minus reversed sides. */
function pageValue(c: PageCounts): number {
  return c.stakeholdersMatched - 0.5 * (c.stakeholdersPredicted - c.stakeholdersMatched) + c.stanceRight - 2 * c.stanceReversed;
}

/** The ablation table, most useful group first; `progress` hears of each group as it is done. */
export function ablate(pages: readonly PreparedPage[], folds: number, progress?: (line: string) => void, only?: string): string {
  const run = (options: TrainOptions) =>
    crossValidate(pages, folds, options).map((a, i) => {
      const p = pages[i];
      return p ? scorePage(p.page.gold, toRecord(p.page.htmlPath, a)) : null;
    }).filter((c): c is PageCounts => c !== null);
  const base = run({});
  const baseTotals = totalsOf(base);
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const baseF1 = f1(baseTotals.stakeholderPrecision, baseTotals.stakeholderRecall);
  const rows: Row[] = [];
  const groups: [string, TrainOptions][] = [
    ...Object.entries(SELECTION_FEATURE_GROUPS).map(([name, inGroup]): [string, TrainOptions] => [`selection: ${name}`, { keepSelection: (f) => !inGroup(f) }]),
    ...Object.entries(STANCE_FEATURE_GROUPS).map(([name, inGroup]): [string, TrainOptions] => [`stance: ${name}`, { keepStance: (f) => !inGroup(f) }]),
  ];
  // `--ablate stance` (or `selection`): one half of the table only, for a quicker run.
  for (const [group, options] of groups.filter(([name]) => !only || name.startsWith(`${only}:`))) {
    const counts = run(options);
    const t = totalsOf(counts);
    const changed = counts.filter((c, i) => {
      const b = base[i];
      return b !== undefined && pageValue(c) !== pageValue(b);
    }).length;
    rows.push({
      group,
      stakeholderF1: f1(t.stakeholderPrecision, t.stakeholderRecall) - baseF1,
      stance: t.stanceAccuracy - baseTotals.stanceAccuracy,
      reversed: t.stanceReversed - baseTotals.stanceReversed,
      pagesChanged: changed,
    });
    const row = rows[rows.length - 1];
    progress?.(`${group}: stance ${row?.stance.toFixed(3)} reversed ${row?.reversed.toFixed(3)} pages changed ${changed}`);
  }
  // Most useful first: switching it off costs the most.
  // A reversed side costs twice a right one, as in the page value.
  const usefulness = (r: Row) => r.stakeholderF1 + r.stance - 2 * r.reversed;
  rows.sort((a, b) => usefulness(a) - usefulness(b));
  const sign = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;
  const lines = rows.map(
    (r) =>
      `  ${r.group.padEnd(32)} stakeholder F1 ${sign(r.stakeholderF1)}  stance ${sign(r.stance)}  reversed ${sign(r.reversed)}  pages changed ${r.pagesChanged}${r.pagesChanged === 1 ? '  ⚑ one page' : ''}`,
  );
  const shown = TOP_AND_BOTTOM * 2 < lines.length
    ? [`most useful ${TOP_AND_BOTTOM}:`, ...lines.slice(0, TOP_AND_BOTTOM), `least useful ${TOP_AND_BOTTOM} (last is the one the figures gain most without):`, ...lines.slice(-TOP_AND_BOTTOM)]
    : lines;
  return [
    `Ablation (${folds}-fold cv; change when the group is switched off; base stakeholder F1 ${baseF1.toFixed(3)}, stance ${baseTotals.stanceAccuracy.toFixed(3)}, reversed ${baseTotals.stanceReversed.toFixed(3)})`,
    ...shown,
  ].join('\n');
}
