/**
 * The article's policy question in a few words ("a ban on rental scooters"):
 * the candidate phrase of the title or lede with the highest fitted score
 * (src/cli/train/issue.ts, fitted against the corpus's gold issues by
 * content-word F1); null for pages that are not policy articles.
 */
import { type LinearModel, scoreLinear } from '../model/linear.ts';
import type { PolicyVerdict } from '../types.ts';
import issueWeights from '../weights/issue.json';
import { type IssueCandidate, type IssueSource, issueCandidates } from './candidates.ts';

export const ISSUE_MODEL: LinearModel = issueWeights.model;

/** The highest-scoring candidate (the first one on a tie), or null when there is none. */
export function bestIssueCandidate(candidates: readonly IssueCandidate[], model: LinearModel = ISSUE_MODEL): IssueCandidate | null {
  let best: { candidate: IssueCandidate; score: number } | null = null;
  for (const candidate of candidates) {
    const score = scoreLinear(model, candidate.features).score;
    if (!best || score > best.score) best = { candidate, score };
  }
  return best?.candidate ?? null;
}

export function issuePhrase(source: IssueSource, policy: PolicyVerdict | null, model: LinearModel = ISSUE_MODEL): string | null {
  if (!policy?.isPolicy) return null;
  return bestIssueCandidate(issueCandidates(source), model)?.text ?? null;
}
