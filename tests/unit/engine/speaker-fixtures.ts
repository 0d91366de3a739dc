/** Speaker candidates of a text written for a test, as the engine builds them. */
import { indexActors } from '../../../src/engine/actors/actors-index.ts';
import { findMentions } from '../../../src/engine/actors/mentions.ts';
import { candidatesOfQuotes } from '../../../src/engine/attribution/index.ts';
import type { SpeakerCandidate } from '../../../src/engine/attribution/candidates.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';

/** The candidates of the text's quote number `quote` (the first by default). */
export function candidatesOf(text: string, lang: string, quote = 0): SpeakerCandidate[] {
  const article = articleFromText(text, { lang });
  return candidatesOfQuotes(article, findQuoteSpans(article), indexActors(findMentions(article), article.text, article.lang))[quote] ?? [];
}
