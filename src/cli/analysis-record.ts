import { englishIssue } from '../engine/issue/english.ts';
import type { Analysis } from '../engine/types.ts';

/** One line of `npm run analyze`: a contract other tools rely on, so field names stay as they are. */
export interface AnalysisRecord {
  file: string;
  isArticle: boolean;
  isPolicy: boolean;
  topic: string | null;
  /** The article's policy question in a few words, in English whatever the page's language; null when not a policy article. */
  issue: string | null;
  /** Confidence of the policy verdict on articles, of the article verdict otherwise. */
  confidence: number;
  quotes: { text: string; speaker: string | null }[];
  stakeholders: { name: string; role: string | null; stance: string; on: string; evidence: string[] }[];
  title: string;
  canonicalUrl: string;
  lang: string | null;
  /** Why: the article verdict's reasons and the policy terms that decided. */
  reasons: string[];
  signals: string[];
}

export function toRecord(file: string, analysis: Analysis): AnalysisRecord {
  const isArticle = analysis.article.isArticle;
  return {
    file,
    isArticle,
    isPolicy: isArticle && analysis.policy.isPolicy,
    topic: isArticle && analysis.policy.isPolicy ? analysis.policy.topic : null,
    issue: isArticle && analysis.policy.isPolicy && analysis.issue !== null ? englishIssue(analysis.issue, analysis.lang) : null,
    confidence: round(isArticle ? analysis.policy.confidence : analysis.article.confidence),
    quotes: analysis.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
    stakeholders: analysis.stakeholders.map((s) => ({
      name: s.name,
      role: s.role,
      stance: s.stance,
      on: s.on ?? analysis.issue ?? '',
      evidence: s.evidence.map((e) => e.text),
    })),
    title: analysis.title,
    canonicalUrl: analysis.canonicalUrl,
    lang: analysis.lang,
    reasons: analysis.article.reasons,
    signals: analysis.policy.signals,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
