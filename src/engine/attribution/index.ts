import type { ActorIndex } from '../actors/actors-index.ts';
import { promoteToPerson } from '../actors/actors-index.ts';
import { tokenize } from '../text/tokens.ts';
import type { QuoteSpan } from '../quotes/find-quotes.ts';
import { NO_TRACE, type Tracer } from '../trace.ts';
import type { ArticleText } from '../types.ts';
import { type SpeakerCandidate, speakerCandidates } from './candidates.ts';
import { chosen, DEFAULT_SPEAKER_MODEL, rankCandidates, type SpeakerModel } from './model.ts';
import { newContext, NO_SPEAKER, rulePicks } from './rules.ts';

/** Every quote's speaker candidates with their features: what the speaker model decides on (and is fitted to). */
export function candidatesOfQuotes(article: ArticleText, spans: QuoteSpan[], index: ActorIndex): SpeakerCandidate[][] {
  const ctx = newContext(article, spans, index);
  const picks = rulePicks(ctx);
  const tokens = tokenize(article.text);
  return spans.map((_, i) => speakerCandidates(ctx, tokens, picks, i));
}

/** The actor index of each quote span's speaker (-1 when the article does not say). */
export function attributeSpeakers(
  article: ArticleText,
  spans: QuoteSpan[],
  index: ActorIndex,
  model: SpeakerModel = DEFAULT_SPEAKER_MODEL,
  tracer: Tracer = NO_TRACE,
): number[] {
  return candidatesOfQuotes(article, spans, index).map((candidates, i) => {
    const ranked = rankCandidates(model, candidates);
    const best = chosen(model, ranked);
    if (tracer.enabled) {
      const span = spans[i];
      tracer.add({
        stage: 'speaker',
        subject: span ? article.text.slice(span.start, Math.min(span.end, span.start + 80)) : '',
        candidates: ranked.map((r) => ({ label: r.candidate.label, score: r.score.score, chosen: r === best, contributions: r.score.contributions })),
      });
    }
    if (!best) return NO_SPEAKER;
    const ref = best.candidate.ref;
    return 'actor' in ref ? ref.actor : promoteToPerson(index, ref.nameMention);
  });
}
