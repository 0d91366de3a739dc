import { type ActorAnalysis, type PreparedActors, prepareActors } from './actors/index.ts';
import type { StakeholderCandidate } from './actors/stakeholders.ts';
import { withPolicyVerdict } from './detect/policy.ts';
import { readPage } from './extract/read-page.ts';
import { issuePhrase } from './issue/index.ts';
import { findQuoteSpans } from './quotes/find-quotes.ts';
import { rankPullQuotes } from './quotes/pull-quotes.ts';
import { passageAt } from './text/passage.ts';
import { collectingTracer, NO_TRACE, type TraceEntry } from './trace.ts';
import type { Analysis, ArticleText, PageReading, Quote } from './types.ts';
import { ENGINE_VERSION } from './version.ts';
import { type EngineModels, resolveModels } from './weights/index.ts';

export interface AnalyzeRequest {
  /** Record every scored decision with its candidates and feature contributions in `Analysis.trace`. */
  trace?: boolean;
}

/** A page analysed up to its fitted stakeholder and stance decisions: `analyse` takes them (again) with any weights. */
export interface PreparedAnalysis {
  /** The stakeholder candidates and their features (empty unless a policy article). */
  candidates: StakeholderCandidate[];
  /** The article's text as the stages read it (null when the page has none), for corpus audits. */
  article?: ArticleText | null;
  analyse(models?: Partial<EngineModels>): Analysis;
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
 * Reads, finds quotes, speakers and stakeholder candidates once; training and
 * cross-validation then decide many times. Total: any reading gives an Analysis.
 */
export function prepareAnalysis(contentReading: PageReading, models: Partial<EngineModels> = {}, request: AnalyzeRequest = {}): PreparedAnalysis {
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
  };
  const finish = (parts: Pick<Analysis, 'issue' | 'quotes' | 'stakeholders'>, stageFailures: string[]): Analysis => ({
    ...base,
    ...parts,
    ...(stageFailures.length ? { failedStages: stageFailures } : {}),
    ...(request.trace ? { trace: traceEntries } : {}),
  });
  const article = reading.text;
  if (!article) return { candidates: [], analyse: () => finish({ issue: null, quotes: [], stakeholders: [] }, failed) };

  const spans = guarded('quotes', failed, () => findQuoteSpans(article), []);
  const noActors: PreparedActors = {
    speakers: [],
    placeNames: [],
    candidates: [],
    decide: () => ({ speakers: [], stakeholderOfSpan: [], stakeholders: [] }),
  };
  const actors = guarded('actors', failed, () => prepareActors(article, spans, reading.policy, resolveModels(models).speaker, tracer), noActors);
  // After the actors: whether a word is part of a place's name is one of the issue words' features.
  const issue = guarded('issue', failed, () => issuePhrase(article, reading.policy, resolveModels(models).issue, tracer, actors.placeNames), null);
  return {
    candidates: actors.candidates,
    article,
    analyse(decisionModels) {
      const stageFailures = [...failed];
      const undecided: ActorAnalysis = { speakers: actors.speakers, stakeholderOfSpan: [], stakeholders: [] };
      const decided = guarded('stakeholders', stageFailures, () => actors.decide(resolveModels({ ...models, ...decisionModels })), undecided);
      const quotes: Quote[] = spans.map((span, i) => ({
        ...passageAt(article, span.start, span.end),
        id: `q${i}`,
        speaker: decided.speakers[i] ?? null,
        stakeholderId: decided.stakeholderOfSpan[i] ?? null,
        score: 0,
      }));
      const stanceOf = new Map(decided.stakeholders.map((s) => [s.id, s.stance]));
      const ranked = guarded(
        'pull-quotes',
        stageFailures,
        () => rankPullQuotes(quotes, (q) => (q.stakeholderId ? (stanceOf.get(q.stakeholderId) ?? null) : null)),
        quotes,
      );
      // A position is about the article's issue unless its evidence named another target.
      const stakeholders = decided.stakeholders.map((s) => (s.on === null && issue ? { ...s, on: issue } : s));
      return finish({ issue, quotes: ranked, stakeholders }, stageFailures);
    },
  };
}

/**
 * The full analysis of a page already read by `readPage`, with the saved
 * models or others (`models`). It runs in the side panel (and the CLI), not in
 * the page: only readers who open the panel pay for quote, speaker and stance work.
 */
export function analyzeReading(contentReading: PageReading, models: Partial<EngineModels> = {}, request: AnalyzeRequest = {}): Analysis {
  return prepareAnalysis(contentReading, models, request).analyse();
}

/** Read and analyse a whole document in one go (CLI, tests, benchmarks). */
export function analyzeDocument(doc: Document, url: string, models: Partial<EngineModels> = {}, request: AnalyzeRequest = {}): Analysis {
  return analyzeReading(readPage(doc, url), models, request);
}
