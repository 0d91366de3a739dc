import type { ArticleText, PolicyVerdict, Stakeholder } from '../types.ts';
import type { QuoteSpan } from '../quotes/find-quotes.ts';
import { type EngineModels, resolveModels } from '../weights/index.ts';
import { indexActors, placeNames } from './actors-index.ts';
import { attributeSpeakers } from '../attribution/index.ts';
import type { SpeakerModel } from '../attribution/model.ts';
import type { Tracer } from '../trace.ts';
import { findMentions, MAX_ACTOR_TEXT } from './mentions.ts';
import { sentenceSpans } from '../text/sentence-spans.ts';
import { promoteStatingNames } from './stating-names.ts';
import { chooseStakeholders, type StakeholderCandidate, stakeholderCandidates } from './stakeholders.ts';

export interface ActorAnalysis {
  /** Speaker of each quote span (same order as the spans); null when the article does not say. */
  speakers: (string | null)[];
  /** The stakeholder id of each quote span's speaker, when the speaker is one. */
  stakeholderOfSpan: (string | null)[];
  /** Most prominent first. */
  stakeholders: Stakeholder[];
}

/** Everything up to the fitted stakeholder and stance decisions, so that they can be taken again with other weights. */
export interface PreparedActors {
  speakers: (string | null)[];
  /** Every form of the places' names (empty unless a policy article): the issue stage weighs their words apart. */
  placeNames: string[];
  candidates: StakeholderCandidate[];
  decide(models: EngineModels): ActorAnalysis;
}

/**
 * Who speaks, who the actors are, and where they stand. Runs in the side
 * panel (and the CLI): one pass over the text finds every mention, and
 * everything after works from that index.
 */
export function prepareActors(
  article: ArticleText,
  spans: QuoteSpan[],
  policy: PolicyVerdict | null,
  speakerModel?: SpeakerModel,
  tracer?: Tracer,
): PreparedActors {
  const index = indexActors(findMentions(article), article.text, article.lang);
  const speakerActors = attributeSpeakers(article, spans, index, speakerModel, tracer);
  const speakers = speakerActors.map((ai) => (ai >= 0 ? (index.actors[ai]?.name ?? null) : null));
  if (!policy?.isPolicy) {
    const none: ActorAnalysis = { speakers, stakeholderOfSpan: spans.map(() => null), stakeholders: [] };
    return { speakers, placeNames: [], candidates: [], decide: () => none };
  }
  const sentences = sentenceSpans(article, MAX_ACTOR_TEXT);
  promoteStatingNames(index, sentences);
  const candidates = stakeholderCandidates(article, index, sentences, spans, speakerActors);
  return {
    speakers,
    placeNames: placeNames(index),
    candidates,
    decide(models) {
      const { stakeholders, idOfActor } = chooseStakeholders(article, index, sentences, candidates, models);
      return { speakers, stakeholderOfSpan: speakerActors.map((ai) => idOfActor.get(ai) ?? null), stakeholders };
    },
  };
}

export function analyzeActors(
  article: ArticleText,
  spans: QuoteSpan[],
  policy: PolicyVerdict | null,
  models?: Partial<EngineModels>,
): ActorAnalysis {
  const resolved = resolveModels(models);
  return prepareActors(article, spans, policy, resolved.speaker).decide(resolved);
}
