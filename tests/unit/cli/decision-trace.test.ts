import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreLinear } from '../../../src/engine/model/linear.ts';
import { DEFAULT_MODELS } from '../../../src/engine/weights/index.ts';
import { traceDecisions } from '../../../src/cli/decision-trace.ts';
import { prepareFile } from '../../../src/cli/load-page.ts';
import { formatDecisions } from '../../../src/cli/trace-format.ts';

/** A policy article written for this test: a bill, a mayor for it, a ministry against it, a union welcoming it. */
const FIXTURE = fileURLToPath(new URL('../../fixtures/trace/ferry-fare-subsidy.html', import.meta.url));

/** Reading a page with jsdom takes a few seconds on a busy machine: once for both tests. */
let once: ReturnType<typeof read> | undefined;
const traced = () => (once ??= read());

async function read() {
  const prepared = await prepareFile(FIXTURE, { trace: true });
  const analysis = prepared.analyse();
  return { prepared, analysis, text: formatDecisions(traceDecisions(prepared, analysis)) };
}

/** The lines of one actor's block: from its header line up to the next actor's. */
function blockOf(text: string, header: RegExp): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => header.test(l));
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('      ') && !l.startsWith('    '));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe('analyze --trace: stakeholder and stance decisions', { timeout: 60_000 }, () => {
  it('names the threshold and, for every candidate actor, whether it was kept and the features and weights that scored it', async () => {
    const { prepared, analysis, text } = await traced();
    expect(analysis.stakeholders.length).toBeGreaterThan(0);
    expect(text).toContain(`kept when p ≥ ${Math.round(DEFAULT_MODELS.stakeholder.threshold * 100) / 100}`);
    for (const s of analysis.stakeholders) {
      const block = blockOf(text, new RegExp(`^  ✓ kept .*${JSON.stringify(s.name)}`));
      expect(block, s.name).not.toBe('');
      const candidate = prepared.candidates.find((c) => c.actor.name === s.name);
      const features = scoreLinear(DEFAULT_MODELS.stakeholder.model, candidate?.selection ?? {}).contributions.map((c) => c.feature);
      expect(features.length).toBeGreaterThan(0);
      for (const feature of features) expect(block, `${s.name}: ${feature}`).toContain(`${feature}=`);
    }
    const kept = new Set(analysis.stakeholders.map((s) => s.name));
    const notKept = prepared.candidates.filter((c) => !kept.has(c.actor.name));
    for (const c of notKept.slice(0, 3)) expect(text).toMatch(new RegExp(`✗ not kept .*${JSON.stringify(c.actor.name)}`));
  });

  it('gives each stakeholder its stance with the margin, the stance features and the cues credited to them', async () => {
    const { analysis, text } = await traced();
    const sided = analysis.stakeholders.filter((s) => s.stance === 'supports' || s.stance === 'opposes');
    expect(sided.length).toBeGreaterThan(0);
    for (const s of analysis.stakeholders) {
      const block = blockOf(text, new RegExp(`^stance of ${JSON.stringify(s.name)}: ${s.stance} `));
      expect(block, s.name).toMatch(/margin \d/);
      expect(block, s.name).toMatch(/probabilities: /);
    }
    for (const s of sided) {
      const block = blockOf(text, new RegExp(`^stance of ${JSON.stringify(s.name)}:`));
      // The cue is quoted from the article and says how it reached the actor.
      expect(block, s.name).toMatch(/cue ".+" → (supports|opposes).*, via [a-z-]+/);
      expect(block, s.name).toMatch(new RegExp(`${s.stance}: bias -?\\d`));
    }
  });
});
