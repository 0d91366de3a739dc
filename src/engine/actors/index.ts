import type { ArticleText, PolicyVerdict, Stakeholder } from '../types.ts';
import type { QuoteSpan } from '../quotes/find-quotes.ts';

export interface ActorAnalysis {
  /** Speaker of each quote span (same order as the spans); null when the article does not say. */
  speakers: (string | null)[];
  /** The stakeholder id of each quote span's speaker, when the speaker is one. */
  stakeholderOfSpan: (string | null)[];
  /** Most prominent first. */
  stakeholders: Stakeholder[];
}

/** Who speaks, who the actors are, and where they stand. */
export function analyzeActors(article: ArticleText, spans: QuoteSpan[], policy: PolicyVerdict | null): ActorAnalysis {
  void article;
  void policy;
  return { speakers: spans.map(() => null), stakeholderOfSpan: spans.map(() => null), stakeholders: [] };
}
