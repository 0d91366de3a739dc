/**
 * The stances a run got wrong, one line each: page, actor, gold and shown
 * stance, and the reasons the engine gives (the features that decided).
 * Reversed sides first: they are the errors a reader pays for most.
 */
import type { Analysis } from '../../engine/types.ts';
import { greedyMatch, nameMatches } from '../scoring.ts';
import { isReversal } from '../train/stance.ts';
import type { PreparedPage } from '../train/prepared-corpus.ts';

export interface StanceError {
  page: string;
  actor: string;
  gold: string;
  shown: string;
  reversed: boolean;
  reasons: string[];
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
      errors.push({ page: p.page.id, actor: s.name, gold: g.stance, shown: s.stance, reversed: isReversal(s.stance, g.stance), reasons: s.stanceReasons });
    }
  });
  return errors.sort((a, b) => Number(b.reversed) - Number(a.reversed) || a.page.localeCompare(b.page));
}

export function formatStanceErrors(errors: readonly StanceError[]): string {
  const reversed = errors.filter((e) => e.reversed).length;
  return [
    `Stance errors: ${errors.length}, of which ${reversed} reversed (page · actor · gold → shown · why)`,
    ...errors.map((e) => `  ${e.reversed ? '⇄' : ' '} ${e.page} · ${e.actor} · ${e.gold} → ${e.shown} · ${e.reasons.join('; ')}`),
  ].join('\n');
}
