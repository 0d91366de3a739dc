/**
 * The article's policy question in a few words ("a ban on rental scooters"):
 * the candidate phrase of the title or lede with the highest fitted score
 * (src/cli/train/issue.ts, fitted against the corpus's gold issues by
 * content-word F1); null for pages that are not policy articles.
 */
import { type LinearModel, scoreLinear } from '../model/linear.ts';
import type { PolicyVerdict } from '../types.ts';
import issueWeights from '../weights/issue.json';
import { type IssueSource, issueCandidates } from './candidates.ts';

export const ISSUE_MODEL: LinearModel = issueWeights.model;

export function issuePhrase(source: IssueSource, policy: PolicyVerdict | null, model: LinearModel = ISSUE_MODEL): string | null {
  if (!policy?.isPolicy) return null;
  let best: { text: string; score: number } | null = null;
  for (const candidate of issueCandidates(source)) {
    const score = scoreLinear(model, candidate.features).score;
    if (!best || score > best.score) best = { text: candidate.text, score };
  }
  return best?.text ?? null;
}
