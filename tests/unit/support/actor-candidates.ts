/** The stakeholder candidates the actors stage finds in a text of our own, read as a policy article. */
import { prepareActors } from '../../../src/engine/actors/index.ts';
import type { StakeholderCandidate } from '../../../src/engine/actors/stakeholders.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';
import type { PolicyVerdict } from '../../../src/engine/types.ts';

/** Only `isPolicy` matters to the actors stage: candidates exist on policy articles alone. */
const POLICY: PolicyVerdict = { isPolicy: true, topic: null, confidence: 1, signals: [] };

export function actorCandidates(text: string, lang: string, title?: string): StakeholderCandidate[] {
  const article = articleFromText(text, title === undefined ? { lang } : { lang, title });
  return prepareActors(article, findQuoteSpans(article), POLICY).candidates;
}
