/**
 * The corpus read once for training: each page parsed and analysed up to its
 * fitted decisions, with each stakeholder candidate tied to the gold
 * stakeholder it names (if any). Folds and ablations fit many times on this
 * without parsing a page again.
 */
import type { StakeholderCandidate } from '../../engine/actors/stakeholders.ts';
import type { PreparedAnalysis } from '../../engine/analyze.ts';
import type { CorpusPage } from '../corpus.ts';
import { prepareFile } from '../load-page.ts';
import { greedyMatch, nameMatches } from '../scoring.ts';

export interface LabelledCandidate {
  candidate: StakeholderCandidate;
  /** The gold stance of the stakeholder this candidate names, or null when it names none. */
  goldStance: string | null;
}

export interface PreparedPage {
  page: CorpusPage;
  prepared: PreparedAnalysis;
  /** Candidates of a page whose gold labels stakeholders (a policy article); empty otherwise. */
  labelled: LabelledCandidate[];
  /** Gold stakeholders on the page, reachable by a candidate or not (the recall's denominator). */
  goldStakeholders: number;
}

export async function prepareCorpus(pages: readonly CorpusPage[], onPage?: (id: string) => void): Promise<PreparedPage[]> {
  const out: PreparedPage[] = [];
  for (const page of pages) {
    onPage?.(page.id);
    const prepared = await prepareFile(page.htmlPath);
    out.push({ page, prepared, ...labelsOf(page, prepared.candidates) });
  }
  return out;
}

/** One gold stakeholder per candidate at most; the most mentioned candidate gets a shared name first. */
export function labelsOf(page: CorpusPage, candidates: StakeholderCandidate[]): { labelled: LabelledCandidate[]; goldStakeholders: number } {
  const gold = page.gold;
  if (!gold.is_article) return { labelled: [], goldStakeholders: 0 };
  const ordered = [...candidates].sort((a, b) => b.actor.mentions.length - a.actor.mentions.length || a.actor.index - b.actor.index);
  const matches = greedyMatch(ordered, gold.stakeholders, (c, g) => (nameMatches(c.actor.name, g.name) ? 1 : 0), 1);
  const goldOf = new Map(matches.map(([c, g]) => [c, gold.stakeholders[g]?.stance ?? null]));
  return {
    labelled: ordered.map((candidate, i) => ({ candidate, goldStance: goldOf.get(i) ?? null })),
    goldStakeholders: gold.stakeholders.length,
  };
}

/** Keeps the features a filter allows (ablation switches a group off this way). */
export type FeatureFilter = (feature: string) => boolean;

export function keepFeatures(features: Readonly<Record<string, number>>, keep: FeatureFilter | undefined): Record<string, number> {
  if (!keep) return { ...features };
  return Object.fromEntries(Object.entries(features).filter(([f]) => keep(f)));
}
