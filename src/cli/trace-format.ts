import type { Contribution } from '../engine/model/linear.ts';
import type { TraceEntry } from '../engine/trace.ts';
import type { DecisionTrace, StakeholderTrace, StanceTrace } from './decision-trace.ts';

/** Candidates shown per decision; the rest are summed up in one line. */
const SHOWN = 5;
/** Actors not kept shown with their features (the most probable ones); the rest by name and probability only. */
const NOT_KEPT_SHOWN = 8;

/**
 * A trace as plain text for `analyze --trace`: per decision, each candidate
 * with its score and the features that made it (value × weight).
 */
export function formatTrace(entries: readonly TraceEntry[]): string {
  const lines: string[] = [];
  for (const entry of entries) {
    lines.push(`${entry.stage}: ${JSON.stringify(entry.subject)}`);
    if (!entry.candidates.length) lines.push('  (no candidates)');
    for (const c of entry.candidates.slice(0, SHOWN)) {
      lines.push(`  ${c.chosen ? '→' : ' '} ${c.score.toFixed(2).padStart(6)}  ${c.label}`);
      const parts = contributionParts(c.contributions);
      if (parts) lines.push(`             ${parts}`);
    }
    if (entry.candidates.length > SHOWN) lines.push(`    … ${entry.candidates.length - SHOWN} more`);
  }
  return `${lines.join('\n')}\n`;
}

/** The stakeholder decisions (kept or not, against the threshold) and each kept actor's stance, as text. */
export function formatDecisions(trace: DecisionTrace): string {
  if (trace.none) return `stakeholders: no candidates (${trace.none})\n`;
  const kept = trace.candidates.filter((c) => c.selected);
  const others = trace.candidates.filter((c) => !c.selected);
  const lines = [
    `stakeholders: ${trace.candidates.length} candidate actors, ${kept.length} kept; an actor is kept when p ≥ ${round(trace.threshold)}`,
    ...kept.flatMap(stakeholderLines),
    ...others.slice(0, NOT_KEPT_SHOWN).flatMap(stakeholderLines),
  ];
  if (others.length > NOT_KEPT_SHOWN) {
    lines.push(`  ✗ also not kept: ${others.slice(NOT_KEPT_SHOWN).map((c) => `${c.name} (p ${round(c.probability)})`).join(', ')}`);
  }
  for (const c of kept) if (c.stance) lines.push(...stanceLines(c.name, c.stance));
  return `${lines.join('\n')}\n`;
}

function stakeholderLines(c: StakeholderTrace): string[] {
  const role = c.role ? ` (${c.role})` : '';
  return [
    `  ${c.selected ? '✓ kept' : '✗ not kept'}  p ${round(c.probability)}  ${JSON.stringify(c.name)}${role}`,
    `      logit ${round(c.logit)} = bias ${round(c.bias)}${c.contributions.length ? ` + ${contributionParts(c.contributions)}` : ''}`,
  ];
}

function stanceLines(name: string, s: StanceTrace): string[] {
  const ranked = s.ranked.map((r) => `${r.label} ${round(r.probability)}`).join(', ');
  const why = s.abstained
    ? `open: it leaned to ${s.ranked[0]?.label ?? '?'} ${s.cues.length ? `below p ${round(s.minSideProbability)}` : 'with no cue credited'}`
    : `a side is shown at p ≥ ${round(s.minSideProbability)}`;
  const lines = [
    `stance of ${JSON.stringify(name)}: ${s.stance} (${why}; margin ${round(s.margin)} over the next)`,
    `    probabilities: ${ranked}`,
    `    ${s.abstained ? 'leaning' : s.stance}: bias ${round(s.bias)}${s.contributions.length ? ` + ${contributionParts(s.contributions)}` : ''}`,
  ];
  if (!s.cues.length) lines.push('    cues: none credited to this actor');
  for (const cue of s.cues) {
    const group = cue.group ? `, group ${cue.group}` : '';
    lines.push(`    cue ${JSON.stringify(cue.text)} → ${cue.side}${cue.negated ? ' (negated)' : ''}${cue.frame ? ` (${cue.frame})` : ''}, via ${cue.via}${group}: ${cue.context}`);
  }
  return lines;
}

/** Each contribution as feature=value×weight, largest first. */
function contributionParts(contributions: readonly Contribution[]): string {
  return contributions.map((x) => `${x.feature}=${round(x.value)}×${round(x.weight)}`).join('  ');
}

function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}
