import type { TraceEntry } from '../engine/trace.ts';

/** Candidates shown per decision; the rest are summed up in one line. */
const SHOWN = 5;

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
      const parts = c.contributions.map((x) => `${x.feature}=${round(x.value)}×${round(x.weight)}`);
      if (parts.length) lines.push(`             ${parts.join('  ')}`);
    }
    if (entry.candidates.length > SHOWN) lines.push(`    … ${entry.candidates.length - SHOWN} more`);
  }
  return `${lines.join('\n')}\n`;
}

function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}
