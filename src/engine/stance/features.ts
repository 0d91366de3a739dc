/**
 * What the stance model sees of an actor: the cues credited to them, by side,
 * described by how they reached the actor (their own quotation, a clause the
 * article reports, a clause it says they said, a reaction named as theirs, someone else's quotation)
 * and whether they are negated; and who the actor is
 * (quoted, and at what length; making statements, analyst, go-between). Few, general features:
 * the model is fitted on a small corpus and must hold on pages it never saw.
 * A cue's side and strength come from its language pack's group, never from a
 * fitted weight per group: with one weight per group and class, the fit learned
 * "support" words as signs of opposition from a handful of pages.
 */
import { STANCE_GROUPS, type StanceGroupSpec } from '../lang/stance-cues.ts';
import type { Features } from '../model/linear.ts';
import type { IdentityRule, SignalSource, StanceSignal } from './attribute-cues.ts';
import { CUE_FRAMES } from './cue-frame.ts';

export interface StanceEvidence {
  signals: readonly StanceSignal[];
  /** Quoted in their own words (or, for a body, through the people who speak for it). */
  quoted: boolean;
  /** How many words of their own the article quotes (for a body, none of its people's). */
  quotedWords: number;
  /** Subject of a reporting verb somewhere in the article. */
  stating: boolean;
  /** An analyst or observer by role. */
  analyst: boolean;
  /** Acting as a go-between. */
  mediator: boolean;
}

/**
 * Identities that give no side, weighed as features of their own. A group's
 * name, an office or a measure of their own count as cues of their side only:
 * a feature of their own beside it gained nothing under cross-validation.
 */
const UNSIDED_IDENTITIES: readonly IdentityRule[] = ['campaigners'];
/** How a stated cue reached the actor, each a feature of its own; who they are ('identity') counts in the weight and lean only. */
const SOURCES: readonly SignalSource[] = ['own-quote', 'reported', 'paraphrase', 'named-holder', 'others-quote'];

export type Side = 'sup' | 'opp';

export function sideOf(signal: StanceSignal): Side {
  return signal.value > 0 ? 'sup' : 'opp';
}

export function stanceFeatures(evidence: StanceEvidence): Features {
  const features: Record<string, number> = {};
  const add = (name: string, amount = 1) => {
    features[name] = (features[name] ?? 0) + amount;
  };
  const weight = { sup: 0, opp: 0 };
  for (const s of evidence.signals) {
    if (s.value === 0) {
      // An identity without a side (campaigners) is a feature of its own.
      if (s.identity) add(`is:${s.identity}`);
      continue;
    }
    const side = sideOf(s);
    // "did not oppose", "will not prosecute": a negated cue is too loose a sign of the other side to weigh
    // with stated ones (it turned many sides round); it is a feature of its own. So is a cue asked, put as a
    // condition, received ("drew criticism") or turned round by its object ("rejected the criticism").
    if (s.negated || s.frame) {
      add(`${side}.${s.negated ? 'negated' : s.frame}`);
      continue;
    }
    // "we need", "must", "warned": wanting something done or fearing something, seldom saying what, is no
    // sign of a side (weighed with stated cues it turned sides round; as a feature of its own it gained on one page).
    if (s.group && (STANCE_GROUPS[s.group] as StanceGroupSpec).unspecific) continue;
    weight[side] += Math.abs(s.value);
    // A feature of its own for who they are (a group's name, an office) gained on one page only.
    if (s.source !== 'identity') add(`${side}.${s.source}`);
  }
  // Counts grow slowly: the tenth cue says less than the first.
  for (const key of Object.keys(features)) features[key] = Math.log1p(features[key] ?? 0);
  for (const side of ['sup', 'opp'] as const) if (weight[side]) features[side] = Math.log1p(weight[side]);
  const total = weight.sup + weight.opp;
  if (total) {
    features.lean = (weight.sup - weight.opp) / total;
    if (weight.sup && weight.opp) features.bothSides = Math.log1p(Math.min(weight.sup, weight.opp));
  } else if (!evidence.signals.length) features.noCue = 1;
  if (evidence.quoted) features.quoted = 1;
  // Someone quoted at length has put a position in their own words: the model weighs how much, on a log scale.
  if (evidence.quotedWords > 0) features.quotedWords = Math.log1p(evidence.quotedWords);
  if (evidence.stating) features.stating = 1;
  if (evidence.analyst) features.analyst = 1;
  if (evidence.mediator) features.mediator = 1;
  return features;
}

/** Every feature name the model may use, for reports and ablation groups. */
export const STANCE_FEATURE_GROUPS: Readonly<Record<string, (feature: string) => boolean>> = {
  ...Object.fromEntries(SOURCES.map((source) => [`source:${source}`, (f: string) => f.endsWith(`.${source}`)])),
  ...Object.fromEntries(UNSIDED_IDENTITIES.map((rule) => [`rule: ${rule}`, (f: string) => f === `is:${rule}`])),
  negation: (f) => f.endsWith('.negated'),
  ...Object.fromEntries(CUE_FRAMES.map((frame) => [`frame: ${frame}`, (f: string) => f.endsWith(`.${frame}`)])),
  'weight and lean': (f) => f === 'sup' || f === 'opp' || f === 'lean' || f === 'bothSides' || f === 'noCue',
  'quoted words': (f) => f === 'quotedWords',
  'who they are': (f) => f === 'quoted' || f === 'stating' || f === 'analyst' || f === 'mediator',
};
