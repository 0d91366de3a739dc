import { prepareActors } from '../../../src/engine/actors/index.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import type { StanceSignal } from '../../../src/engine/stance/attribute-cues.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';
import type { PolicyVerdict } from '../../../src/engine/types.ts';

/** A verdict that lets every stage run: the stance tests are about who holds a cue, not about the topic. */
export const POLICY: PolicyVerdict = { isPolicy: true, topic: 'Transportation', confidence: 1, signals: [] };

/** The stance cues credited to the actor named `name` in a text. */
export function signalsOf(text: string, name: string, lang = 'en'): StanceSignal[] {
  const article = articleFromText(text, { lang });
  const { candidates } = prepareActors(article, findQuoteSpans(article), POLICY);
  return candidates.find((c) => c.actor.name === name)?.signals ?? [];
}
