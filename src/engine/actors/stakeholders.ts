import type { ArticleText, Stakeholder } from '../types.ts';
import type { QuoteSpan } from '../quotes/find-quotes.ts';
import { attributeStanceCues, reportedSpeakers, type StanceSignal } from '../stance/attribute-cues.ts';
import { actsAsMediator, addIdentitySignals, isAnalystRole, representatives } from '../stance/actor-signals.ts';
import { decideStance } from '../stance/decide.ts';
import { passageAt } from '../text/passage.ts';
import type { Actor, ActorIndex } from './actors-index.ts';
import { findRoles } from './roles.ts';
import { type SentenceSpan, sentenceAt } from './sentence-spans.ts';
import { MEDIA_WORDS } from './vocabulary.ts';

/** Main actors only: a panel lists a handful, not every name. */
const MAX_STAKEHOLDERS = 14;
const MAX_EVIDENCE = 3;
/** Organisations named at least this often count even without a quote or a voiced position. */
const MIN_MENTIONS_WITHOUT_POSITION = 2;
/** People named this often (or once with their role) count too. */
const MIN_PERSON_MENTIONS = 2;
/** Share of the text counted as the lead, where the main actors are introduced. */
const LEAD_SHARE = 0.2;

export interface StakeholderResult {
  stakeholders: Stakeholder[];
  /** Stakeholder id of each actor index that became one. */
  idOfActor: Map<number, string>;
}

interface Candidate {
  actor: Actor;
  quotes: number;
  signals: StanceSignal[];
  prominence: number;
}

/** The main actors of a policy article with their stance, role and evidence, most prominent first. */
export function buildStakeholders(
  article: ArticleText,
  index: ActorIndex,
  sentences: SentenceSpan[],
  spans: QuoteSpan[],
  speakers: number[],
): StakeholderResult {
  const signals = attributeStanceCues(index, sentences, spans, speakers);
  const roles = findRoles(index);
  addIdentitySignals(index, sentences, roles, signals);
  const stating = reportedSpeakers(index, sentences);
  const byline = (article.byline ?? '').toLowerCase();
  const textLength = Math.max(1, article.text.length);

  const quotesOf = new Map<number, number>();
  for (const s of speakers) quotesOf.set(s, (quotesOf.get(s) ?? 0) + 1);
  const signalsOf = new Map<number, StanceSignal[]>();
  for (const s of signals) {
    const list = signalsOf.get(s.actor);
    if (list) list.push(s);
    else signalsOf.set(s.actor, [s]);
  }
  // A body that says nothing itself speaks through the people whose role names it.
  for (const [body, people] of representatives(index, roles)) {
    if (signalsOf.has(body) || quotesOf.has(body)) continue;
    signalsOf.set(body, people.flatMap((p) => (signalsOf.get(p) ?? []).map((s) => ({ ...s, actor: body }))));
    quotesOf.set(body, people.reduce((n, p) => n + (quotesOf.get(p) ?? 0), 0));
  }

  const candidates: Candidate[] = [];
  for (const actor of index.actors) {
    if (!actor.mentions.length || actor.document || isMedia(actor) || (byline && byline.includes(actor.name.toLowerCase()))) continue;
    const quotes = quotesOf.get(actor.index) ?? 0;
    const own = signalsOf.get(actor.index) ?? [];
    const voiced = quotes > 0 || stating.has(actor.index) || own.some((s) => Math.abs(s.value) >= 0.5);
    if (!voiced && !isNamedPlayer(actor, roles)) continue;
    const first = index.mentions[actor.mentions[0]!]!.start;
    const prominence = 3 * quotes + 1.5 * own.length + actor.mentions.length + (first < textLength * LEAD_SHARE ? 2 : 0);
    candidates.push({ actor, quotes, signals: own, prominence });
  }
  candidates.sort((a, b) => b.prominence - a.prominence);

  const idOfActor = new Map<number, string>();
  const stakeholders = mostProminent(candidates).map((c, i): Stakeholder => {
    const id = `s${i}`;
    idOfActor.set(c.actor.index, id);
    const role = roles.get(c.actor.index) ?? null;
    const analyst = isAnalystRole(role) || actsAsMediator(index, c.actor);
    const stance = decideStance(
      c.signals.map((s) => s.value),
      { analyst, quoted: c.quotes > 0 },
    );
    return {
      id,
      name: c.actor.name,
      kind: c.actor.kind,
      role,
      stance,
      on: null,
      stanceReasons: [],
      evidence: evidenceFor(article, index, sentences, c, stance),
      aliases: [...c.actor.aliases].filter((a) => a !== c.actor.name),
    };
  });
  return { stakeholders, idOfActor };
}

/**
 * The stakeholders to show, most prominent first. When there are too many,
 * those who said or did something about the issue come before those who are
 * only named: a minister quoted once outranks a place named five times.
 */
function mostProminent(sorted: Candidate[]): Candidate[] {
  if (sorted.length <= MAX_STAKEHOLDERS) return sorted;
  const heard = (c: Candidate) => c.quotes > 0 || c.signals.length > 0;
  const kept = new Set([...sorted.filter(heard), ...sorted.filter((c) => !heard(c))].slice(0, MAX_STAKEHOLDERS));
  return sorted.filter((c) => kept.has(c));
}

/** People named twice or with their role, bodies named repeatedly: the players even when their position is not reported. */
function isNamedPlayer(actor: Actor, roles: Map<number, string>): boolean {
  if (actor.kind === 'group' || actor.place) return false;
  if (actor.kind === 'person') return actor.mentions.length >= MIN_PERSON_MENTIONS || roles.has(actor.index);
  return actor.mentions.length >= MIN_MENTIONS_WITHOUT_POSITION;
}

function isMedia(actor: Actor): boolean {
  return actor.kind !== 'group' && actor.words.some((w) => MEDIA_WORDS.has(w)) && actor.words.length <= 3;
}

/** The sentences behind the stance (strongest first), or where the actor appears when no position is voiced. */
function evidenceFor(article: ArticleText, index: ActorIndex, sentences: SentenceSpan[], c: Candidate, stance: string) {
  const sign = stance === 'supports' ? 1 : stance === 'opposes' ? -1 : 0;
  const chosen: number[] = [];
  const ranked = [...c.signals].filter((s) => s.sentence >= 0 && (sign === 0 ? s.value !== 0 : s.value * sign > 0));
  ranked.sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.sentence - b.sentence);
  for (const s of ranked) if (!chosen.includes(s.sentence)) chosen.push(s.sentence);
  if (!chosen.length) {
    for (const mi of c.actor.mentions) {
      const m = index.mentions[mi]!;
      const si = sentenceAt(sentences, m.start);
      if (si >= 0 && !chosen.includes(si)) chosen.push(si);
      if (chosen.length >= MAX_EVIDENCE) break;
    }
  }
  return chosen
    .slice(0, MAX_EVIDENCE)
    .sort((a, b) => a - b)
    .map((si) => passageAt(article, sentences[si]!.start, sentences[si]!.end));
}
