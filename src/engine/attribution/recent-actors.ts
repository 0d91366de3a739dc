/**
 * Speaker candidates from the context before a quote: the actors named in its
 * paragraph and the one before, most recent first. A quote that stands alone,
 * continues across paragraphs, or is credited to "she", "the minister" or
 * "the ministry" most often speaks for one of them; which one is the model's
 * call, from how recent each is, where it is named, and whether it is named
 * as an object ("a letter to X") rather than as a subject.
 */
import { followsPreposition } from '../actors/mention.ts';
import { type Context, mentionsIn, quoteStart } from './rules.ts';
import type { SpeakerFeatures } from './candidates.ts';

/** Distinct actors looked back at, at most: beyond them the context has moved on. */
const MAX_RECENT = 5;
/** How far back before the quote (characters), whatever the paragraphs' length. */
const LOOKBACK = 1200;

export interface RecentActor {
  actor: number;
  features: SpeakerFeatures;
}

/** The actors named before quote `i` (not places or documents), most recent first, with how they stand to it. */
export function recentActors(ctx: Context, i: number): RecentActor[] {
  const span = ctx.spans[i];
  if (!span) return [];
  const { index } = ctx;
  const open = quoteStart(span);
  const block = ctx.article.blocks[span.blockIndex];
  const previousBlock = ctx.article.blocks[span.blockIndex - 1];
  const from = Math.max(previousBlock?.start ?? block?.start ?? 0, open - LOOKBACK);
  const ms = mentionsIn(ctx, from, open).filter((m) => m.kind !== 'pronoun');
  const out: RecentActor[] = [];
  const seen = new Set<number>();
  for (let k = ms.length - 1; k >= 0 && out.length < MAX_RECENT; k--) {
    const m = ms[k];
    const mi = m ? index.positionOf.get(m) : undefined;
    const ai = mi === undefined ? -1 : (index.actorOf[mi] ?? -1);
    const actor = index.actors[ai];
    if (!m || !actor || seen.has(ai) || actor.place || actor.document) continue;
    seen.add(ai);
    const f: SpeakerFeatures = { recent: 1 };
    f[out.length === 0 ? 'recent_first' : out.length === 1 ? 'recent_second' : 'recent_later'] = 1;
    f[m.blockIndex === span.blockIndex ? 'recent_same_paragraph' : 'recent_previous_paragraph'] = 1;
    if (followsPreposition(ctx.article.text, m)) f.recent_as_object = 1;
    out.push({ actor: ai, features: f });
  }
  return out;
}
