/** What the notes database keeps about an article, from what the content script read and the panel's analysis. */
import type { Analysis, PageReading } from '../engine/types.ts';
import type { ArticleMeta } from '../storage/articles.ts';
import type { ArticleSummary } from '../storage/db.ts';
import type { ArticleToRemember } from '../storage/memory/remember.ts';
import { SUMMARY_LIMITS } from '../storage/export-format.ts';

export function articleMetaOf(reading: PageReading): ArticleMeta {
  return {
    key: reading.canonicalUrl,
    url: reading.url,
    title: reading.title,
    siteName: reading.siteName,
    topic: reading.article.isArticle && reading.policy?.isPolicy ? reading.policy.topic : null,
  };
}

/**
 * The part of the analysis worth keeping with the reader's notes: enough to
 * search and to export what the article says, bounded so a huge page cannot
 * make a record the export format would refuse.
 */
export function articleSummaryOf(analysis: Analysis): ArticleSummary {
  const cut = (text: string) => text.slice(0, SUMMARY_LIMITS.textChars);
  return {
    issue: analysis.issue === null ? null : cut(analysis.issue),
    stakeholders: analysis.stakeholders.slice(0, SUMMARY_LIMITS.stakeholders).map((s) => ({
      name: cut(s.name),
      role: s.role === null ? null : cut(s.role),
      stance: s.stance,
      on: s.on === null ? null : cut(s.on),
      evidence: s.evidence.slice(0, SUMMARY_LIMITS.evidencePerStakeholder).map((e) => cut(e.text)),
    })),
    quotes: analysis.quotes.slice(0, SUMMARY_LIMITS.quotes).map((q) => ({ text: cut(q.text), speaker: q.speaker === null ? null : cut(q.speaker) })),
    engineVersion: analysis.engineVersion,
  };
}

/**
 * What memory keeps of a policy article: the summary with each stakeholder's
 * kind and evidence selectors, the outlet and the page's published date.
 * Bounded like the notes' summary.
 */
export function articleToRememberOf(reading: PageReading, analysis: Analysis): ArticleToRemember {
  const summary = articleSummaryOf(analysis);
  const cut = (text: string) => text.slice(0, SUMMARY_LIMITS.textChars);
  const published = reading.text?.publishedTime ? Date.parse(reading.text.publishedTime) : Number.NaN;
  return {
    ...articleMetaOf(reading),
    issue: summary.issue,
    quotes: summary.quotes,
    engineVersion: analysis.engineVersion,
    stakeholders: analysis.stakeholders.slice(0, SUMMARY_LIMITS.stakeholders).map((s, i) => ({
      ...(summary.stakeholders[i] ?? { name: cut(s.name), role: null, stance: s.stance, on: null }),
      kind: s.kind,
      evidence: s.evidence.slice(0, SUMMARY_LIMITS.evidencePerStakeholder).map((e) => ({ text: cut(e.text), quote: { ...e.quote, exact: cut(e.quote.exact) } })),
    })),
    publishedAt: Number.isFinite(published) ? published : null,
  };
}
