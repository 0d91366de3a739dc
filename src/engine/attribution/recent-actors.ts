/**
 * Speaker candidates from the context before a quote: the actors named in its
 * paragraph and the one before, most recent first. A quote that stands alone,
 * continues across paragraphs, or is credited to "she", "the minister" or
 * "the ministry" most often speaks for one of them; which one is the model's
 * call, from how recent each is, where it is named, and whether it is named
 * as an object ("a letter to X") rather than as a subject. A capitalised name
 * no actor claims ("Kell", a firm's one-word name) is looked back at too, as
 * a lone name (`kind_lone_name`).
 */
import { type Context, mentionsIn, quoteStart } from './rules.ts';
import type { SpeakerCandidate, SpeakerFeatures } from './candidates.ts';

/** Distinct actors looked back at, at most: beyond them the context has moved on. */
const MAX_RECENT = 5;
/** How far back before the quote (characters), whatever the paragraphs' length. */
const LOOKBACK = 1200;
/** Paragraphs looked back at: its own and the ones before it. */
const PARAGRAPHS_BACK = 2;

export interface RecentActor {
  ref: SpeakerCandidate['ref'];
  features: SpeakerFeatures;
}

/** The actors and lone names named before quote `i` (not places or documents), most recent first, with how they stand to it. */
export function recentActors(ctx: Context, i: number): RecentActor[] {
  const span = ctx.spans[i];
  if (!span) return [];
  const { index } = ctx;
  const open = quoteStart(span);
  const block = ctx.article.blocks[span.blockIndex];
  const earliestBlock = ctx.article.blocks[Math.max(0, span.blockIndex - PARAGRAPHS_BACK)];
  const from = Math.max(earliestBlock?.start ?? block?.start ?? 0, open - LOOKBACK);
  const ms = mentionsIn(ctx, from, open).filter((m) => m.kind !== 'pronoun');
  const out: RecentActor[] = [];
  const seen = new Set<string>();
  for (let k = ms.length - 1; k >= 0 && out.length < MAX_RECENT; k--) {
    const m = ms[k];
    const mi = m ? index.positionOf.get(m) : undefined;
    if (!m || mi === undefined) continue;
    const ai = index.actorOf[mi] ?? -1;
    const actor = index.actors[ai];
    const lone = !actor && m.kind === 'name';
    if (!actor && !lone) continue;
    if (actor && (actor.place || actor.document)) continue;
    const key = actor ? `a${ai}` : `n${m.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const f: SpeakerFeatures = { recent: 1 };
    f[out.length === 0 ? 'recent_first' : out.length === 1 ? 'recent_second' : 'recent_later'] = 1;
    f[m.blockIndex === span.blockIndex ? 'recent_same_paragraph' : m.blockIndex === span.blockIndex - 1 ? 'recent_previous_paragraph' : 'recent_earlier_paragraph'] = 1;
    out.push({ ref: actor ? { actor: ai } : { nameMention: mi }, features: f });
  }
  return out;
}
