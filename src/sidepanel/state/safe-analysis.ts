/**
 * The panel's analysis of a reading, which must never take the notes down
 * with it: if the engine throws on some page, the panel says the analysis
 * failed and still shows the article's notes and highlights.
 */
import { useMemo } from 'preact/hooks';
import { analyzeReading } from '../../engine/analyze.ts';
import type { Analysis, PageReading } from '../../engine/types.ts';

export type AnalysisOutcome = { analysis: Analysis; failed: false } | { analysis: null; failed: boolean };

export function analyseSafely(reading: PageReading | null, analyse: (reading: PageReading) => Analysis = analyzeReading): AnalysisOutcome {
  if (!reading) return { analysis: null, failed: false };
  try {
    return { analysis: analyse(reading), failed: false };
  } catch (error) {
    console.warn('Policy Lens: the analysis of this page failed', error);
    return { analysis: null, failed: true };
  }
}

export function useSafeAnalysis(reading: PageReading | null): AnalysisOutcome {
  return useMemo(() => analyseSafely(reading), [reading]);
}
