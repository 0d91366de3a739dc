/**
 * Speaker candidates of one quote and the features that describe each: every
 * actor the attribution rules name, every mention in the quote's window
 * (person, body, group, place, pronoun resolved to its actor, lone name), and
 * the actors named shortly before it. A quote with no attribution of its own
 * reaches its previous speaker through the rules' carried guess (`rule_final`):
 * a separate previous-speaker feature gained on one corpus page only, so it went.
 * The rules are features here, not verdicts:
 * the fitted speaker model weighs them against each other.
 */
import type { ActorIndex } from '../actors/actors-index.ts';
import { followsPreposition, type Mention } from '../actors/mention.ts';
import { resolvePronoun } from '../actors/pronouns.ts';
import type { Token } from '../text/tokens.ts';
import { firstStartingAtOrAfter } from '../text/offsets.ts';
import { recentActors } from './recent-actors.ts';
import { ADDRESSEE_VERBS, type Context, issuesStatement, mentionsIn, NO_SPEAKER, quoteEnd, quoteStart, quoteWindow, type RulePicks } from './rules.ts';

export type SpeakerFeatures = Record<string, number>;

export interface SpeakerCandidate {
  /** The actor (index into `index.actors`), or a lone name not yet anyone's, by its mention index. */
  ref: { actor: number } | { nameMention: number };
  /** The name a reader would see. */
  label: string;
  features: SpeakerFeatures;
}

/** The candidates of quote `i`, given every rule's picks (computed once for all quotes). */
export function speakerCandidates(ctx: Context, tokens: readonly Token[], picks: readonly RulePicks[], i: number): SpeakerCandidate[] {
  const span = ctx.spans[i];
  const pick = picks[i];
  if (!span || !pick) return [];
  const byKey = new Map<string, SpeakerCandidate>();
  const { index } = ctx;
  const candidate = (ref: SpeakerCandidate['ref']): SpeakerCandidate => {
    // A lone name is one candidate however often the window repeats it.
    const key = 'actor' in ref ? `a${ref.actor}` : `n${index.mentions[ref.nameMention]?.text.toLowerCase() ?? ref.nameMention}`;
    let c = byKey.get(key);
    if (!c) {
      c = { ref, label: labelOf(index, ref), features: baseFeatures(index, ref) };
      byKey.set(key, c);
    }
    return c;
  };
  const set = (c: SpeakerCandidate, feature: string, value = 1) => {
    c.features[feature] = Math.max(c.features[feature] ?? 0, value);
  };
  const rule = (actor: number | null, feature: string) => {
    if (actor !== null && actor >= 0) set(candidate({ actor }), feature);
  };
  rule(pick.after, 'rule_after');
  rule(pick.before, 'rule_before');
  rule(pick.tweet, 'rule_tweet');
  rule(pick.inherited, 'rule_final');

  const { beforeStart, afterEnd } = quoteWindow(ctx, i);
  const open = quoteStart(span);
  const close = quoteEnd(span);
  // A pronoun in the window leans to whoever spoke the previous quote.
  const lastSpeaker = picks[i - 1]?.inherited ?? -1;
  for (const side of ['before', 'after'] as const) {
    const ms = side === 'before' ? mentionsIn(ctx, beforeStart, open) : mentionsIn(ctx, close, afterEnd);
    for (const m of ms) {
      const ref = refOf(ctx, m, Math.min(m.start, open), lastSpeaker);
      if (!ref) continue;
      const c = candidate(ref);
      const f = mentionFeatures(ctx, tokens, m, side, side === 'before' ? open : close);
      for (const [name, value] of Object.entries(f)) set(c, name, value);
    }
  }
  for (const recent of recentActors(ctx, i)) {
    const c = candidate(recent.ref);
    for (const [name, value] of Object.entries(recent.features)) set(c, name, value);
  }
  const out = [...byKey.values()];
  if (pick.unnamed) for (const c of out) c.features.quote_has_unnamed_source = 1;
  // The quote's own attribution ("…," one official said) names its source: anyone else in the window did not say it.
  const source = pick.after ?? pick.before;
  if (source !== null && source !== NO_SPEAKER) {
    for (const c of out) if (!('actor' in c.ref) || c.ref.actor !== source) c.features.attribution_names_other = 1;
  }
  return out;
}

function refOf(ctx: Context, m: Mention, at: number, lastSpeaker: number): SpeakerCandidate['ref'] | null {
  const { index } = ctx;
  const mi = index.positionOf.get(m);
  if (mi === undefined) return null;
  if (m.kind === 'pronoun') {
    const actor = resolvePronoun(index, m, at, lastSpeaker);
    return actor >= 0 ? { actor } : null;
  }
  const actor = index.actorOf[mi] ?? -1;
  if (actor >= 0) return { actor };
  return m.kind === 'name' ? { nameMention: mi } : null;
}

function labelOf(index: ActorIndex, ref: SpeakerCandidate['ref']): string {
  if ('actor' in ref) return index.actors[ref.actor]?.name ?? '';
  return index.mentions[ref.nameMention]?.text ?? '';
}

/** What the candidate is, whatever the quote: its kind and how present it is in the article. */
function baseFeatures(index: ActorIndex, ref: SpeakerCandidate['ref']): SpeakerFeatures {
  if (!('actor' in ref)) return { kind_lone_name: 1 };
  const actor = index.actors[ref.actor];
  if (!actor) return {};
  const kind = actor.document ? 'document' : actor.place ? 'place' : actor.kind;
  return {
    [`kind_${kind}`]: 1,
    mentions_in_article: Math.log1p(actor.mentions.length) / 3,
    full_name: actor.words.length >= 2 ? 1 : 0,
  };
}

/**
 * How one mention stands to the quote: its grammatical link to a reporting
 * verb, a colon, a preposition. Which side of the quote it stands on, how far,
 * and whether in the same sentence are no features: over three fold splits
 * they added nothing the attribution rules had not said (one page's gain).
 */
function mentionFeatures(ctx: Context, tokens: readonly Token[], m: Mention, side: 'before' | 'after', boundary: number): SpeakerFeatures {
  const text = ctx.article.text;
  const f: SpeakerFeatures = {};
  if (side === 'before' && /:\s*["“«„‹‘'»]?\s*$/.test(text.slice(m.end, boundary))) f.colon_introduces_quote = 1;
  if (m.kind === 'pronoun') f.via_pronoun = 1;
  if (issuesStatement(ctx, m)) f.issues_statement = 1;
  else if (followsPreposition(text, m, ctx.index.closed)) f.after_preposition = 1;

  // Fillers ("has also") may stand between; a reporting verb that is also a filler ("told") ends the gap.
  const isGap = (t: Token | undefined) => t !== undefined && ctx.reporting.fillers.has(t.lower) && !ctx.reporting.verbs.has(t.lower);
  let after = firstStartingAtOrAfter(tokens, m.end);
  while (isGap(tokens[after])) after++;
  const verbAfter = tokens[after];
  if (verbAfter && ctx.reporting.verbs.has(verbAfter.lower) && !text.slice(m.end, verbAfter.start).includes(',')) f.subject_of_reporting_verb = 1;

  const before = tokens[firstStartingAtOrAfter(tokens, m.start) - 1];
  if (before && m.start - before.end <= 2) {
    if (ctx.reporting.verbs.has(before.lower)) f[ADDRESSEE_VERBS.has(before.lower) ? 'addressee_of_verb' : 'follows_reporting_verb'] = 1;
    if (ctx.reporting.sourcePrepositions.has(before.lower)) f.according_to = 1;
  }
  if (ctx.reporting.sourcePhrase?.test(text.slice(Math.max(0, m.start - 24), m.start))) f.according_to = 1;
  return f;
}
