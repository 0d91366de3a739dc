/**
 * The stances a run got wrong, one line each: page, actor, gold and shown
 * stance, the cause as the features tell it, and the reasons the engine gives
 * (the features that decided). Reversed sides first: they are the errors a
 * reader pays for most. A count per cause heads the list, so that a round
 * attacks the largest one.
 */
import type { Features } from '../../engine/model/linear.ts';
import type { Analysis } from '../../engine/types.ts';
import { greedyMatch, nameMatches } from '../scoring.ts';
import { isReversal } from '../train/stance.ts';
import type { PreparedPage } from '../train/prepared-corpus.ts';

export type StanceErrorCause =
  | 'reversed'
  | 'no cue credited'
  | 'stated cue of its side, too weak'
  | 'only loose cues of its side'
  | 'only cues of the other side'
  | 'mixed shown for a side'
  | 'side shown, gold open or mixed'
  | 'open, the other kind';

export interface StanceError {
  page: string;
  actor: string;
  gold: string;
  shown: string;
  reversed: boolean;
  cause: StanceErrorCause;
  reasons: string[];
}

const SIDE_FEATURE: Readonly<Record<string, string>> = { supports: 'sup', opposes: 'opp' };

/**
 * Why a stance is wrong, from the features the model saw: a side was needed
 * and no cue reached the actor, or a stated cue of that side did but the model
 * stayed open, or only loose ones (negated, framed) or the other
 * side's did; or a side was shown where the gold gives none.
 */
export function causeOf(gold: string, shown: string, features: Features): StanceErrorCause {
  if (isReversal(shown, gold)) return 'reversed';
  const side = SIDE_FEATURE[gold];
  if (!side) return SIDE_FEATURE[shown] || shown === 'mixed' ? 'side shown, gold open or mixed' : 'open, the other kind';
  if (shown === 'mixed') return 'mixed shown for a side';
  if (features.noCue) return 'no cue credited';
  // The weight feature counts plainly stated cues only (features.ts).
  if (features[side]) return 'stated cue of its side, too weak';
  return Object.keys(features).some((f) => f.startsWith(`${side}.`)) ? 'only loose cues of its side' : 'only cues of the other side';
}

export function stanceErrors(pages: readonly PreparedPage[], analyses: readonly Analysis[]): StanceError[] {
  const errors: StanceError[] = [];
  pages.forEach((p, i) => {
    const analysis = analyses[i];
    const gold = p.page.gold;
    if (!analysis || !gold.is_article || !analysis.article.isArticle) return;
    const shown = analysis.stakeholders;
    for (const [si, gi] of greedyMatch(shown, gold.stakeholders, (s, g) => (nameMatches(s.name, g.name) ? 1 : 0), 1)) {
      const s = shown[si];
      const g = gold.stakeholders[gi];
      if (!s || !g || s.stance === g.stance) continue;
      const features = p.prepared.candidates.find((c) => c.actor.name === s.name)?.stance ?? {};
      errors.push({ page: p.page.id, actor: s.name, gold: g.stance, shown: s.stance, reversed: isReversal(s.stance, g.stance), cause: causeOf(g.stance, s.stance, features), reasons: s.stanceReasons });
    }
  });
  return errors.sort((a, b) => Number(b.reversed) - Number(a.reversed) || a.page.localeCompare(b.page));
}

/**
 * The errors of one run or of several (the cross-validation's fold splits, which the pooled figures count):
 * each error once, with the number of runs that made it, so that a reversal no split escapes stands out.
 */
export function formatStanceErrors(runs: readonly (readonly StanceError[])[]): string {
  const all = runs.flat();
  const reversed = all.filter((e) => e.reversed).length;
  const byCause = new Map<StanceErrorCause, number>();
  for (const e of all) byCause.set(e.cause, (byCause.get(e.cause) ?? 0) + 1);
  const distinct = new Map<string, { error: StanceError; runs: number }>();
  for (const e of all) {
    const key = [e.page, e.actor, e.gold, e.shown].join('\u0000');
    const seen = distinct.get(key);
    if (seen) seen.runs++;
    else distinct.set(key, { error: e, runs: 1 });
  }
  const listed = [...distinct.values()].sort((a, b) => Number(b.error.reversed) - Number(a.error.reversed) || a.error.page.localeCompare(b.error.page));
  const runsOf = (n: number) => (runs.length > 1 ? ` · ${n}/${runs.length} runs` : '');
  return [
    `Stance errors: ${all.length}${runs.length > 1 ? ` over ${runs.length} runs` : ''}, of which ${reversed} reversed. By cause:`,
    ...[...byCause].sort((a, b) => b[1] - a[1]).map(([cause, n]) => `  ${String(n).padStart(3)}  ${cause}`),
    `(page · actor · gold → shown · cause${runs.length > 1 ? ' · runs that made it' : ''} · why)`,
    ...listed.map(({ error: e, runs: n }) => `  ${e.reversed ? '⇄' : ' '} ${e.page} · ${e.actor} · ${e.gold} → ${e.shown} · ${e.cause}${runsOf(n)} · ${e.reasons.join('; ')}`),
  ].join('\n');
}
