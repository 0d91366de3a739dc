import type { ArticleText, PolicyVerdict, Stakeholder } from '../types.ts';
import type { QuoteSpan } from '../quotes/find-quotes.ts';
import { indexActors } from './actors-index.ts';
import { attributeSpeakers } from '../attribution/index.ts';
import type { SpeakerModel } from '../attribution/model.ts';
import type { Tracer } from '../trace.ts';
import { findMentions, MAX_ACTOR_TEXT } from './mentions.ts';
import { sentenceSpans } from './sentence-spans.ts';
import { buildStakeholders } from './stakeholders.ts';

export interface ActorAnalysis {
  /** Speaker of each quote span (same order as the spans); null when the article does not say. */
  speakers: (string | null)[];
  /** The stakeholder id of each quote span's speaker, when the speaker is one. */
  stakeholderOfSpan: (string | null)[];
  /** Most prominent first. */
  stakeholders: Stakeholder[];
}

/**
 * Who speaks, who the actors are, and where they stand. Runs in the side
 * panel (and the CLI): one pass over the text finds every mention, and
 * everything after works from that index.
 */
export function analyzeActors(
  article: ArticleText,
  spans: QuoteSpan[],
  policy: PolicyVerdict | null,
  speakerModel?: SpeakerModel,
  tracer?: Tracer,
): ActorAnalysis {
  const index = indexActors(findMentions(article), article.text, article.lang);
  const speakerActors = attributeSpeakers(article, spans, index, speakerModel, tracer);
  const speakers = speakerActors.map((ai) => (ai >= 0 ? index.actors[ai]!.name : null));
  if (!policy?.isPolicy) return { speakers, stakeholderOfSpan: spans.map(() => null), stakeholders: [] };
  const sentences = sentenceSpans(article, MAX_ACTOR_TEXT);
  const { stakeholders, idOfActor } = buildStakeholders(article, index, sentences, spans, speakerActors);
  return {
    speakers,
    stakeholderOfSpan: speakerActors.map((ai) => idOfActor.get(ai) ?? null),
    stakeholders,
  };
}
