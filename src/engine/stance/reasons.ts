/**
 * Why a stance was chosen, in plain words for the panel's hover: the
 * strongest contributions of the fitted decision, each told with the words of
 * the article that carry it.
 */
import type { Contribution } from '../model/linear.ts';
import type { StanceSignal } from './attribute-cues.ts';
import type { StanceDecision } from './decide.ts';
import { STANCE_GROUPS, type StanceGroupSpec } from '../lang/stance-cues.ts';
import { CUE_FRAMES } from './cue-frame.ts';
import { sideOf } from './features.ts';

const MAX_REASONS = 3;
/** Words shown after a cue, so that the reader sees what it is about. */
const CUE_WORDS_SHOWN = 5;

/** Plain-words reasons for a decision, strongest first. */
export function stanceReasons(text: string, decision: StanceDecision, signals: readonly StanceSignal[]): string[] {
  const reasons: string[] = [];
  const push = (reason: string | null) => {
    if (reason && !reasons.includes(reason) && reasons.length < MAX_REASONS) reasons.push(reason);
  };
  if (decision.abstained) push(`leans to a side, but the evidence is weak (${Math.round(decision.probability * 100)}%)`);
  for (const c of decision.contributions) {
    if (c.weight * c.value <= 0) continue;
    push(reasonFor(text, c, signals));
  }
  if (!reasons.length) push(decision.stance === 'neutral' ? 'speaks without taking a side' : 'no words of theirs for or against');
  return reasons;
}

function reasonFor(text: string, c: Contribution, signals: readonly StanceSignal[]): string | null {
  const [side, detail] = c.feature.split('.');
  if (side === 'sup' || side === 'opp') {
    const own = signals.filter((s) => sideOf(s) === side && matchesDetail(s, detail ?? ''));
    const strongest = [...own].sort((a, b) => Math.abs(b.value) - Math.abs(a.value))[0];
    if (!strongest) return null;
    const words = `'${cuePhrase(text, strongest)}'`;
    switch (strongest.frame) {
      case 'received':
        return `on the receiving end of ${words}`;
      case 'question':
        return `asks rather than states ${words}`;
      case 'conditional':
        return `only on a condition: ${words}`;
      case 'inverted':
        return `takes on the other side: ${words}`;
      default:
        break;
    }
    switch (strongest.source) {
      case 'own-quote':
        return `says ${words}`;
      case 'reported':
        return strongest.negated ? `reported as not ${words}` : `reported as ${words}`;
      case 'paraphrase':
        return `reported as saying ${words}`;
      case 'named-holder':
        return `named as the source of ${words}`;
      case 'others-quote':
        return `quoted by others as ${words}`;
      case 'identity':
        return `named in the article as ${words}`;
    }
  }
  switch (c.feature) {
    case 'quoted':
      return 'quoted without taking a side';
    case 'quotedWords':
      return 'how much of their own words the article quotes';
    case 'analyst':
      return 'an analyst or observer: no side unless clearly stated';
    case 'mediator':
      return 'acts as a go-between';
    case 'noCue':
      return 'no words of theirs for or against';
    case 'is:campaigners':
      return 'campaigners on the question';
    default:
      return null;
  }
}

function matchesDetail(s: StanceSignal, detail: string): boolean {
  if (detail === 'negated') return s.negated;
  if ((CUE_FRAMES as readonly string[]).includes(detail)) return !s.negated && s.frame === detail;
  const unspecific = !!s.group && !!(STANCE_GROUPS[s.group] as StanceGroupSpec).unspecific;
  // The weight and lean features count plainly stated cues only.
  const plain = !s.negated && !s.frame && !unspecific;
  if (!detail) return plain;
  return s.source === detail && plain;
}

/** The cue and a few words after it, up to the end of its clause. */
function cuePhrase(text: string, s: StanceSignal): string {
  const after = text.slice(s.end, s.end + 80);
  const clause = after.split(/[.,;:!?()"“”«»]/, 1)[0] ?? '';
  const words = clause.split(/\s+/).filter(Boolean).slice(0, CUE_WORDS_SHOWN);
  return [text.slice(s.start, s.end), ...words].join(' ').trim();
}
