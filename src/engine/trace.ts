/**
 * Why the engine decided what it did, on request: every stage that scores
 * candidates (speakers, stakeholders, stances…) can add one entry per decision,
 * listing each candidate with its score and the feature contributions behind it.
 */
import type { Contribution } from './model/linear.ts';

export interface TraceCandidate {
  label: string;
  /** The model's logit (or probability, when the stage says so in `stage`). */
  score: number;
  chosen: boolean;
  contributions: Contribution[];
}

export interface TraceEntry {
  /** Which decision: "speaker", "stakeholder", "stance"… */
  stage: string;
  /** What was decided about (a quote's first words, an actor's name). */
  subject: string;
  candidates: TraceCandidate[];
}

/** Collects entries when tracing was asked for; a no-op otherwise, so stages need not check. */
export interface Tracer {
  readonly enabled: boolean;
  add(entry: TraceEntry): void;
}

export const NO_TRACE: Tracer = { enabled: false, add: () => undefined };

export function collectingTracer(into: TraceEntry[]): Tracer {
  return { enabled: true, add: (entry) => into.push(entry) };
}
