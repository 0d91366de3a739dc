/**
 * `npm run eval -- --errors`: the stakeholder errors of the cross-validated
 * run, by cause (places, passing mentions, duplicates of one actor, groups
 * not found…), so that a new candidate source or feature is chosen for a
 * cause seen on many pages rather than for one page.
 */
import type { StakeholderCandidate } from '../../engine/actors/stakeholders.ts';
import type { Analysis } from '../../engine/types.ts';
import { toRecord } from '../analysis-record.ts';
import { greedyMatch, nameMatches } from '../scoring.ts';
import type { PreparedPage } from '../train/prepared-corpus.ts';

export type FalsePositiveCause = 'duplicate' | 'place' | 'group' | 'passing mention' | 'silent' | 'speaks, not main';
export type MissCause =
  | 'not found'
  | 'group not found'
  | 'scored low, silent'
  | 'scored low, silent, named once'
  | 'scored low, speaks'
  | 'scored low, group'
  | 'lost to a duplicate';

export interface StakeholderError {
  page: string;
  name: string;
  cause: FalsePositiveCause | MissCause;
}

export interface StakeholderErrors {
  falsePositives: StakeholderError[];
  misses: StakeholderError[];
}

/** Gold names that stand for a collective ("activists", "Belgian officials") rather than a named person or body. */
const COLLECTIVE = /^(?:[\p{Ll}]|\p{Lu}\p{Ll}+\s+\p{Ll})/u;

export function stakeholderErrors(pages: readonly PreparedPage[], analyses: readonly Analysis[]): StakeholderErrors {
  const out: StakeholderErrors = { falsePositives: [], misses: [] };
  pages.forEach((p, i) => {
    const gold = p.page.gold;
    const analysis = analyses[i];
    if (!gold.is_article || !analysis) return;
    const record = toRecord(p.page.htmlPath, analysis);
    if (!record.isArticle) return;
    const predicted = record.stakeholders;
    const matches = greedyMatch(predicted, gold.stakeholders, (s, g) => (nameMatches(s.name, g.name) ? 1 : 0), 1);
    const matchedPredicted = new Set(matches.map(([pi]) => pi));
    const matchedGold = new Set(matches.map(([, gi]) => gi));
    const candidateNamed = (name: string) => p.labelled.find((l) => l.candidate.actor.name === name)?.candidate;
    predicted.forEach((s, pi) => {
      if (matchedPredicted.has(pi)) return;
      const cause: FalsePositiveCause = gold.stakeholders.some((g) => nameMatches(s.name, g.name))
        ? 'duplicate'
        : falsePositiveCause(candidateNamed(s.name));
      out.falsePositives.push({ page: p.page.id, name: s.name, cause });
    });
    gold.stakeholders.forEach((g, gi) => {
      if (matchedGold.has(gi)) return;
      const group = COLLECTIVE.test(g.name.trim());
      const found = p.labelled.filter((l) => nameMatches(l.candidate.actor.name, g.name));
      let cause: MissCause;
      if (!found.length) cause = group ? 'group not found' : 'not found';
      else if (found.every((l) => l.goldStance === null)) cause = 'lost to a duplicate';
      else cause = group ? 'scored low, group' : lowScoreCause(found.map((l) => l.candidate));
      out.misses.push({ page: p.page.id, name: g.name, cause });
    });
  });
  return out;
}

/**
 * Why a gold actor the engine found was not kept: it never speaks, states or takes a side in the article (silent),
 * the more so when named once; or it does, and the model still ranked it below the page's cut.
 */
function lowScoreCause(forms: readonly StakeholderCandidate[]): MissCause {
  if (forms.some((c) => !c.selection.silent)) return 'scored low, speaks';
  return forms.every((c) => c.actor.mentions.length <= 1) ? 'scored low, silent, named once' : 'scored low, silent';
}

function falsePositiveCause(c: StakeholderCandidate | undefined): FalsePositiveCause {
  if (!c) return 'speaks, not main';
  if (c.actor.place) return 'place';
  if (c.actor.kind === 'group') return 'group';
  const f = c.selection;
  if (f.silent && c.actor.mentions.length <= 2) return 'passing mention';
  if (f.silent) return 'silent';
  return 'speaks, not main';
}

/** Counts by cause (with how many pages each cause is seen on), then every error. */
export function formatStakeholderErrors(errors: StakeholderErrors): string {
  const section = (title: string, list: StakeholderError[]) => {
    const byCause = new Map<string, StakeholderError[]>();
    for (const e of list) byCause.set(e.cause, [...(byCause.get(e.cause) ?? []), e]);
    const rows = [...byCause].sort((a, b) => b[1].length - a[1].length);
    return [
      `${title}: ${list.length}`,
      ...rows.map(([cause, es]) => `  ${cause.padEnd(30)} ${String(es.length).padStart(4)}  on ${new Set(es.map((e) => e.page)).size} pages`),
      ...rows.flatMap(([cause, es]) => [`  -- ${cause}`, ...es.map((e) => `     ${e.page.padEnd(30)} ${e.name}`)]),
    ].join('\n');
  };
  return `${section('Stakeholders listed but not gold (cross-validated)', errors.falsePositives)}\n\n${section('Gold stakeholders missed', errors.misses)}`;
}
