import { prepareActors } from './actors/index.ts';
import type { StakeholderCandidate } from './actors/stakeholders.ts';
import { withPolicyVerdict } from './detect/policy.ts';
import { readPage } from './extract/read-page.ts';
import { findQuoteSpans } from './quotes/find-quotes.ts';
import { rankPullQuotes } from './quotes/pull-quotes.ts';
import { passageAt } from './text/passage.ts';
import type { Analysis, PageReading, Quote } from './types.ts';
import { ENGINE_VERSION } from './version.ts';
import { type EngineModels, resolveModels } from './weights/index.ts';

/** A page analysed up to its fitted decisions: `analyse` takes them (again) with any weights. */
export interface PreparedAnalysis {
  /** The stakeholder candidates and their features (empty unless a policy article). */
  candidates: StakeholderCandidate[];
  analyse(models?: Partial<EngineModels>): Analysis;
}

/** Reads, finds quotes, speakers and stakeholder candidates once; training and cross-validation decide many times. */
export function prepareAnalysis(contentReading: PageReading): PreparedAnalysis {
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
    issue: null,
  };
  const article = reading.text;
  if (!article) return { candidates: [], analyse: () => ({ ...base, quotes: [], stakeholders: [] }) };

  const spans = findQuoteSpans(article);
  const actors = prepareActors(article, spans, reading.policy);
  return {
    candidates: actors.candidates,
    analyse(models) {
      const decided = actors.decide(resolveModels(models));
      const quotes: Quote[] = spans.map((span, i) => ({
        ...passageAt(article, span.start, span.end),
        id: `q${i}`,
        speaker: decided.speakers[i] ?? null,
        stakeholderId: decided.stakeholderOfSpan[i] ?? null,
        score: 0,
      }));
      const stanceOf = new Map(decided.stakeholders.map((s) => [s.id, s.stance]));
      const ranked = rankPullQuotes(quotes, (q) => (q.stakeholderId ? (stanceOf.get(q.stakeholderId) ?? null) : null));
      return { ...base, quotes: ranked, stakeholders: decided.stakeholders };
    },
  };
}

/**
 * The full analysis of a page already read by `readPage`, with the saved
 * models or others (`models`). It runs in the side panel (and the CLI), not in
 * the page: only readers who open the panel pay for quote, speaker and stance work.
 */
export function analyzeReading(contentReading: PageReading, models?: Partial<EngineModels>): Analysis {
  return prepareAnalysis(contentReading).analyse(models);
}

/** Read and analyse a whole document in one go (CLI, tests, benchmarks). */
export function analyzeDocument(doc: Document, url: string, models?: Partial<EngineModels>): Analysis {
  return analyzeReading(readPage(doc, url), models);
}
