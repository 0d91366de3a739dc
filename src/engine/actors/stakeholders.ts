import type { ArticleText, Stakeholder } from '../types.ts';
import type { QuoteSpan } from '../quotes/find-quotes.ts';
import { attributeStanceCues, reportedSpeakers, type StanceSignal } from '../stance/attribute-cues.ts';
import { decideStance } from '../stance/decide.ts';
import { OWNERSHIP_WEIGHT, ownsMeasure } from '../stance/ownership.ts';
import { roleStance } from '../stance/role-stance.ts';
import { passageAt } from '../text/passage.ts';
import type { Actor, ActorIndex } from './actors-index.ts';
import { findRoles } from './roles.ts';
import { type SentenceSpan, sentenceAt } from './sentence-spans.ts';
import { ANALYST_ROLE_WORDS, MEDIA_WORDS, OPPOSING_GROUP_NOUNS, SUPPORTING_GROUP_NOUNS } from './vocabulary.ts';

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
  addGroupNameStances(index, sentences, signals);
  const roles = findRoles(index);
  addRoleStances(index, sentences, roles, signals);
  addOwnershipStances(index, sentences, signals);
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
    const analyst = (!!role && role.toLowerCase().split(/\s+/).some((w) => ANALYST_ROLE_WORDS.has(w))) || actsAsMediator(index, c.actor);
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

/**
 * People who speak for a body: "Daniel Terzenbach, Vorstand der Bundesagentur
 * für Arbeit", "Karine Jean-Pierre, a spokeswoman for the White House".
 * Analysts are left out: a think tank's fellow speaks for themselves.
 */
function representatives(index: ActorIndex, roles: Map<number, string>): Map<number, number[]> {
  const bodies = index.actors.filter((a) => a.kind === 'organisation' && !a.place && !a.document && a.words.length >= 2);
  const found = new Map<number, number[]>();
  for (const [person, role] of roles) {
    const lower = role.toLowerCase();
    if (lower.split(/\s+/).some((w) => ANALYST_ROLE_WORDS.has(w))) continue;
    for (const body of bodies) {
      if (!lower.includes(body.name.toLowerCase())) continue;
      found.set(body.index, [...(found.get(body.index) ?? []), person]);
    }
  }
  return found;
}

/** What a go-between does, right after their name: "is acting as a middle-man between", "mediated the talks". */
const MEDIATING =
  /^[^.;:]{0,40}?\b(?:act(?:s|ed|ing)? as (?:a |an |the )?(?:middle-?man|mediator|go-between|intermediary|broker)|mediat(?:e|es|ed|ing)\b|brokered|brokering|sert d['’]intermédiaire|médiat(?:eur|rice|ion)|vermittel\p{L}*|als vermittler|media(?:r|ndo|dor|dora)\b|intermedi[aá]ri[oa])/iu;

/** Mediators take no side unless they clearly say so. */
function actsAsMediator(index: ActorIndex, actor: Actor): boolean {
  return actor.mentions.some((mi) => MEDIATING.test(index.text.slice(index.mentions[mi]!.end, index.mentions[mi]!.end + 80)));
}

function isMedia(actor: Actor): boolean {
  return actor.kind !== 'group' && actor.words.some((w) => MEDIA_WORDS.has(w)) && actor.words.length <= 3;
}

/**
 * "critics", "opponents", "supporters": the name itself states the position,
 * and people given as examples share it ("des opposants de la première
 * heure, comme Laure de la Raudière ou Sergio Coronado").
 */
function addGroupNameStances(index: ActorIndex, sentences: SentenceSpan[], signals: StanceSignal[]): void {
  for (const actor of index.actors) {
    if (actor.kind !== 'group') continue;
    const head = actor.words[actor.words.length - 1]!;
    const value = OPPOSING_GROUP_NOUNS.has(head) ? -1 : SUPPORTING_GROUP_NOUNS.has(head) ? 1 : 0;
    if (!value) continue;
    const m = index.mentions[actor.mentions[0]!]!;
    const sentence = sentenceAt(sentences, m.start);
    signals.push({ actor: actor.index, value, sentence });
    for (const example of examplesAfter(index, m.end, sentences[sentence]?.end ?? m.end)) {
      signals.push({ actor: example, value, sentence });
    }
  }
}

/** Characters before a name that may hold its office ("U.S. Attorney James Kennedy Jr."). */
const OFFICE_REACH = 24;

/** "U.S. Attorney James Kennedy Jr.", "le parquet": the office states the position; the sentence naming it is the evidence. */
function addRoleStances(index: ActorIndex, sentences: SentenceSpan[], roles: Map<number, string>, signals: StanceSignal[]): void {
  for (const actor of index.actors) {
    for (const mi of actor.mentions) {
      const m = index.mentions[mi]!;
      const sentence = sentenceAt(sentences, m.start);
      const phrase = index.text.slice(Math.max(sentences[sentence]?.start ?? 0, m.start - OFFICE_REACH), m.end);
      const value = roleStance(roles.get(actor.index) ?? null, phrase);
      if (!value) continue;
      signals.push({ actor: actor.index, value, sentence });
      break;
    }
  }
}

/** "Trump's tariffs", "the Commission's proposal": the measure's owner is for it (once per actor). */
function addOwnershipStances(index: ActorIndex, sentences: SentenceSpan[], signals: StanceSignal[]): void {
  for (const actor of index.actors) {
    const owning = actor.mentions.find((mi) => ownsMeasure(index.text, index.mentions[mi]!.end));
    if (owning === undefined) continue;
    signals.push({ actor: actor.index, value: OWNERSHIP_WEIGHT, sentence: sentenceAt(sentences, index.mentions[owning]!.start) });
  }
}

const EXAMPLE_MARKER = /\b(?:such as|including|like|among them|comme|notamment|dont|wie|darunter|como|entre ellos|incluindo)\b/i;

/** People named as examples after a group, up to the end of the sentence. */
function examplesAfter(index: ActorIndex, from: number, to: number): number[] {
  const marker = EXAMPLE_MARKER.exec(index.text.slice(from, to));
  if (!marker) return [];
  const start = from + marker.index;
  const people: number[] = [];
  index.mentions.forEach((m, mi) => {
    const ai = index.actorOf[mi]!;
    if (m.start > start && m.end <= to && ai >= 0 && index.actors[ai]!.kind === 'person') people.push(ai);
  });
  return people;
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
