/**
 * The stakeholder and stance decisions of one analysed page, explained for
 * `analyze --trace`: every candidate actor with the features and weights that
 * scored it against the threshold (kept or not), and each kept actor's stance
 * with the cues credited to them, how each reached them, the features and
 * weights behind the stance and its margin over the next one. Read from the
 * same candidates and models the engine decided with.
 */
import type { PreparedAnalysis } from '../engine/analyze.ts';
import { type Contribution, scoreLinear, scoreSoftmax } from '../engine/model/linear.ts';
import { decideStance } from '../engine/stance/decide.ts';
import type { Analysis } from '../engine/types.ts';
import { DEFAULT_MODELS, type EngineModels } from '../engine/weights/index.ts';

export interface CueTrace {
  /** The cue's words in the article (the name, for a cue read from who the actor is). */
  text: string;
  /** The words around it. */
  context: string;
  side: 'supports' | 'opposes' | 'neither';
  /** How the cue reached the actor: own quote, reported clause, named holder, someone else's quote, identity. */
  via: string;
  group: string | null;
  negated: boolean;
  /** How the sentence frames the cue (asked, conditional, received, turned round by its object…), null when plainly stated. */
  frame: string | null;
}

export interface StanceTrace {
  stance: string;
  abstained: boolean;
  /** Below this probability a side is not shown. */
  minSideProbability: number;
  ranked: { label: string; probability: number }[];
  /** The shown (or leaned-to) stance's probability minus the next one's. */
  margin: number;
  bias: number;
  contributions: Contribution[];
  cues: CueTrace[];
}

export interface StakeholderTrace {
  name: string;
  role: string | null;
  selected: boolean;
  probability: number;
  logit: number;
  bias: number;
  contributions: Contribution[];
  /** For kept actors only: the stance decision. */
  stance: StanceTrace | null;
}

export interface DecisionTrace {
  /** Why there are no candidates, when there are none. */
  none: string | null;
  threshold: number;
  candidates: StakeholderTrace[];
}

/** Characters of context shown on each side of a cue. */
const CONTEXT = 50;

export function traceDecisions(prepared: PreparedAnalysis, analysis: Analysis, models: EngineModels = DEFAULT_MODELS): DecisionTrace {
  const threshold = models.stakeholder.threshold;
  if (!prepared.candidates.length) {
    const none = !analysis.article.isArticle ? 'not an article' : !analysis.policy.isPolicy ? 'not a policy article' : 'no actor named';
    return { none, threshold, candidates: [] };
  }
  const kept = new Set(analysis.stakeholders.map((s) => s.name));
  const text = prepared.article?.text ?? '';
  const candidates = prepared.candidates.map((c): StakeholderTrace => {
    const score = scoreLinear(models.stakeholder.model, c.selection);
    const selected = kept.has(c.actor.name);
    return {
      name: c.actor.name,
      role: c.role,
      selected,
      probability: score.probability,
      logit: score.score,
      bias: models.stakeholder.model.bias,
      contributions: score.contributions,
      stance: selected ? stanceTrace(models, c.stance, c.signals, text) : null,
    };
  });
  candidates.sort((a, b) => Number(b.selected) - Number(a.selected) || b.probability - a.probability);
  return { none: null, threshold, candidates };
}

function stanceTrace(
  models: EngineModels,
  features: PreparedAnalysis['candidates'][number]['stance'],
  signals: PreparedAnalysis['candidates'][number]['signals'],
  text: string,
): StanceTrace {
  const decision = decideStance(models.stance, features);
  const ranked = scoreSoftmax(models.stance.model, features).ranked;
  // The margin of the stance the model leaned to (on abstention, the side it did not show).
  const leaned = decision.abstained ? ranked[0] : ranked.find((r) => r.label === decision.stance);
  const next = ranked.find((r) => r !== leaned);
  return {
    stance: decision.stance,
    abstained: decision.abstained,
    minSideProbability: models.stance.minSideProbability,
    ranked: ranked.map((r) => ({ label: r.label, probability: r.probability })),
    margin: (leaned?.probability ?? 0) - (next?.probability ?? 0),
    bias: models.stance.model.bias[leaned?.label ?? ''] ?? 0,
    contributions: decision.contributions,
    cues: signals
      // An identity signal carries no side but still makes a feature (campaigners, analysts): shown as well.
      .filter((s) => s.value !== 0 || s.identity)
      .map((s) => ({
        text: text.slice(s.start, s.end),
        context: contextOf(text, s.start, s.end),
        side: s.value > 0 ? 'supports' : s.value < 0 ? 'opposes' : 'neither',
        via: s.identity ? `${s.source} (${s.identity})` : s.source,
        group: s.group,
        negated: s.negated,
        frame: s.frame,
      })),
  };
}

/** The cue with the words around it, on one line. */
function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const clip = (part: string) => part.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${clip(text.slice(from, start))}[${clip(text.slice(start, end))}]${clip(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}
