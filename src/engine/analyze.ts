import { analyzeActors, type ActorAnalysis } from './actors/index.ts';
import { withPolicyVerdict } from './detect/policy.ts';
import { readPage } from './extract/read-page.ts';
import { findQuoteSpans } from './quotes/find-quotes.ts';
import { rankPullQuotes } from './quotes/pull-quotes.ts';
import { passageAt } from './text/passage.ts';
import type { SpeakerModel } from './attribution/model.ts';
import { collectingTracer, NO_TRACE, type TraceEntry } from './trace.ts';
import type { Analysis, PageReading, Quote } from './types.ts';
import { ENGINE_VERSION } from './version.ts';

/** Models a caller may swap in (cross-validation); each defaults to the saved weights. */
export interface StageModels {
  speaker: SpeakerModel;
}

export interface AnalyzeRequest {
  /** Record every scored decision with its candidates and feature contributions in `Analysis.trace`. */
  trace?: boolean;
}

/**
 * Runs one stage; a stage that throws is recorded in `failed` and replaced by
 * its empty result, so one stage's bug never costs the reader the rest of the
 * analysis (nor their notes, which the panel shows beside it).
 */
function guarded<T>(stage: string, failed: string[], run: () => T, empty: T): T {
  try {
    return run();
  } catch {
    failed.push(stage);
    return empty;
  }
}

/**
 * The full analysis of a page already read by `readPage`. It runs in the side
 * panel (and the CLI), not in the page: only readers who open the panel pay
 * for quote, speaker and stance work. Total: any reading gives an Analysis.
 */
export function analyzeReading(contentReading: PageReading, models: Partial<StageModels> = {}, request: AnalyzeRequest = {}): Analysis {
  const failed: string[] = [];
  const reading = guarded('policy', failed, () => withPolicyVerdict(contentReading), contentReading);
  const traceEntries: TraceEntry[] = [];
  const tracer = request.trace ? collectingTracer(traceEntries) : NO_TRACE;
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
  const finish = (parts: Pick<Analysis, 'quotes' | 'stakeholders'>): Analysis => ({
    ...base,
    ...parts,
    ...(failed.length ? { failedStages: failed } : {}),
    ...(request.trace ? { trace: traceEntries } : {}),
  });
  const article = reading.text;
  if (!article) return finish({ quotes: [], stakeholders: [] });

  const spans = guarded('quotes', failed, () => findQuoteSpans(article), []);
  const noActors: ActorAnalysis = { speakers: [], stakeholderOfSpan: [], stakeholders: [] };
  const actors = guarded('actors', failed, () => analyzeActors(article, spans, reading.policy, models.speaker, tracer), noActors);
  const quotes: Quote[] = spans.map((span, i) => ({
    ...passageAt(article, span.start, span.end),
    id: `q${i}`,
    speaker: actors.speakers[i] ?? null,
    stakeholderId: actors.stakeholderOfSpan[i] ?? null,
    score: 0,
  }));
  const stanceOf = new Map(actors.stakeholders.map((s) => [s.id, s.stance]));
  const ranked = guarded(
    'pull-quotes',
    failed,
    () => rankPullQuotes(quotes, (q) => (q.stakeholderId ? (stanceOf.get(q.stakeholderId) ?? null) : null)),
    quotes,
  );
  return finish({ quotes: ranked, stakeholders: actors.stakeholders });
}

/** Read and analyse a whole document in one go (CLI, tests, benchmarks). */
export function analyzeDocument(doc: Document, url: string, models: Partial<StageModels> = {}, request: AnalyzeRequest = {}): Analysis {
  return analyzeReading(readPage(doc, url), models, request);
}
