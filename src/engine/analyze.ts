import { analyzeActors } from './actors/index.ts';
import { withPolicyVerdict } from './detect/policy.ts';
import { readPage } from './extract/read-page.ts';
import { issuePhrase } from './issue/index.ts';
import { findQuoteSpans } from './quotes/find-quotes.ts';
import { rankPullQuotes } from './quotes/pull-quotes.ts';
import { passageAt } from './text/passage.ts';
import type { Analysis, PageReading, Quote } from './types.ts';
import { ENGINE_VERSION } from './version.ts';

/**
 * The full analysis of a page already read by `readPage`. It runs in the side
 * panel (and the CLI), not in the page: only readers who open the panel pay
 * for quote, speaker and stance work.
 */
export function analyzeReading(contentReading: PageReading): Analysis {
  const reading = withPolicyVerdict(contentReading);
  const base = {
    engineVersion: ENGINE_VERSION,
    url: reading.url,
    canonicalUrl: reading.canonicalUrl,
    title: reading.title,
    siteName: reading.siteName,
    lang: reading.lang,
    article: reading.article,
    policy: reading.policy ?? { isPolicy: false, topic: null, confidence: 0, signals: [] },
    truncated: reading.text?.truncated ?? false,
    issue: reading.text ? issuePhrase(reading.text, reading.policy) : null,
  };
  const article = reading.text;
  if (!article) return { ...base, quotes: [], stakeholders: [] };

  const spans = findQuoteSpans(article);
  const actors = analyzeActors(article, spans, reading.policy);
  const quotes: Quote[] = spans.map((span, i) => ({
    ...passageAt(article, span.start, span.end),
    id: `q${i}`,
    speaker: actors.speakers[i] ?? null,
    stakeholderId: actors.stakeholderOfSpan[i] ?? null,
    score: 0,
  }));
  const stanceOf = new Map(actors.stakeholders.map((s) => [s.id, s.stance]));
  const ranked = rankPullQuotes(quotes, (q) => (q.stakeholderId ? (stanceOf.get(q.stakeholderId) ?? null) : null));
  return { ...base, quotes: ranked, stakeholders: actors.stakeholders };
}

/** Read and analyse a whole document in one go (CLI, tests, benchmarks). */
export function analyzeDocument(doc: Document, url: string): Analysis {
  return analyzeReading(readPage(doc, url));
}
