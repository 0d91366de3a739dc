/**
 * Stance signals that come from who an actor is rather than from what they
 * say: a group's name ("critics"), an office ("the prosecutor"), a measure
 * of their own ("Harlan's tariffs"), a go-between's part, and the people who
 * speak for a body.
 */
import { type Actor, type ActorIndex, mentionsOf } from '../actors/actors-index.ts';
import { type SentenceSpan, sentenceAt } from '../text/sentence-spans.ts';
import { actorWordsFor } from '../actors/vocabulary.ts';
import type { IdentityRule, StanceSignal } from './attribute-cues.ts';
import { OWNERSHIP_WEIGHT, ownsMeasure } from './ownership.ts';
import { reportingFor } from '../lang/reporting.ts';
import { groupSidesFor } from './group-sides.ts';
import { tokenize } from '../text/tokens.ts';
import { firstStartingAtOrAfter } from '../text/offsets.ts';
import { roleStance } from './role-stance.ts';

/** Signals from group names, offices and owned measures, added to `signals`. */
export function addIdentitySignals(
  index: ActorIndex,
  sentences: SentenceSpan[],
  roles: Map<number, string>,
  signals: StanceSignal[],
  lang: string | null,
): void {
  addGroupNameStances(index, sentences, signals, lang);
  addRoleStances(index, sentences, roles, signals);
  addOwnershipStances(index, sentences, signals);
}

/**
 * "critics", "opponents", "supporters": the name itself states the position,
 * and people given as examples share it ("des adversaires de longue
 * date, comme Agathe Ferronnière ou Ivo Kastrel").
 */
function addGroupNameStances(index: ActorIndex, sentences: SentenceSpan[], signals: StanceSignal[], lang: string | null): void {
  const sides = groupSidesFor(lang);
  for (const actor of index.actors) {
    if (actor.kind !== 'group') continue;
    const head = actor.words[actor.words.length - 1] ?? '';
    const m = index.mentions[actor.mentions[0] ?? -1];
    if (!m) continue;
    const sentence = sentenceAt(sentences, m.start);
    // "Activists", "campaigners": people who act on the question; which way is for the fitted model to weigh.
    if (sides.campaigning.has(head)) signals.push(identitySignal('campaigners', actor.index, 0, sentence, m));
    const value = sides.opposing.has(head) ? -1 : sides.supporting.has(head) ? 1 : 0;
    // "supporters of the president": for a person, which says nothing of the question.
    if (!value || ofPerson(index, m.end)) continue;
    signals.push(identitySignal('group name', actor.index, value, sentence, m));
    // "Critics argue that …": what a group named by its position says is that position, reported.
    const speaking = mentionsOf(index, actor).find((mention) => speaksNext(index.text, mention.end, lang));
    if (speaking) {
      const at = sentenceAt(sentences, speaking.start);
      signals.push({ ...identitySignal('group name', actor.index, value, at, speaking), source: 'reported' });
    }
    for (const example of examplesAfter(index, m.end, sentences[sentence]?.end ?? m.end)) {
      signals.push(identitySignal('group example', example, value, sentence, m));
    }
  }
}

/** "of", "de", "von" and up to two words (a title, a determiner) before the name they link to. */
const OF_LINK = /^\s+(?:of|de|du|des|von|del|do|da|dos|das)\s+(?:[\p{L}.'’-]+\s+){0,2}$/u;

/** Does "of <person>" follow the group name ending at `end`? */
function ofPerson(index: ActorIndex, end: number): boolean {
  const k = firstStartingAtOrAfter(index.mentions, end);
  const next = index.mentions[k];
  const actor = index.actors[index.actorOf[k] ?? -1];
  return !!next && actor?.kind === 'person' && OF_LINK.test(index.text.slice(end, next.start));
}

/** Words that may stand between a name and its reporting verb ("critics have long argued"). */
const VERB_REACH = 3;

/** Is the name ending at `end` the subject of a reporting verb right after it ("Critics argue", "Opponents have said")? */
function speaksNext(text: string, end: number, lang: string | null): boolean {
  const clause = text.slice(end, end + 60).split(/[,;:.!?()"“”«»]/, 1)[0] ?? '';
  const { verbs } = reportingFor(lang);
  return tokenize(clause).slice(0, VERB_REACH).some((t) => verbs.has(t.lower));
}

function identitySignal(identity: IdentityRule, actor: number, value: number, sentence: number, at: { start: number; end: number }): StanceSignal {
  return { actor, value, sentence, source: 'identity', identity, strength: Math.abs(value), group: null, cue: null, negated: false, frame: null, start: at.start, end: at.end };
}

/** Characters before a name that may hold its office ("District Prosecutor Hollis Brandt Jr."). */
const OFFICE_REACH = 24;

/** "District Prosecutor Hollis Brandt Jr.", "le parquet": the office states the position; the sentence naming it is the evidence. */
function addRoleStances(index: ActorIndex, sentences: SentenceSpan[], roles: Map<number, string>, signals: StanceSignal[]): void {
  for (const actor of index.actors) {
    for (const m of mentionsOf(index, actor)) {
      const sentence = sentenceAt(sentences, m.start);
      const phrase = index.text.slice(Math.max(sentences[sentence]?.start ?? 0, m.start - OFFICE_REACH), m.end);
      const value = roleStance(roles.get(actor.index) ?? null, phrase);
      if (!value) continue;
      signals.push(identitySignal('office', actor.index, value, sentence, m));
      break;
    }
  }
}

/** "Harlan's tariffs", "the Commission's proposal": the measure's owner is for it (once per actor). */
function addOwnershipStances(index: ActorIndex, sentences: SentenceSpan[], signals: StanceSignal[]): void {
  for (const actor of index.actors) {
    const m = mentionsOf(index, actor).find((mention) => ownsMeasure(index.text, mention.end));
    if (!m) continue;
    signals.push(identitySignal('owned measure', actor.index, OWNERSHIP_WEIGHT, sentenceAt(sentences, m.start), m));
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
    const ai = index.actorOf[mi] ?? -1;
    if (m.start > start && m.end <= to && index.actors[ai]?.kind === 'person') people.push(ai);
  });
  return people;
}

/**
 * People who speak for a body: "Jonas Velkamp, Vorstand der Bundesagentur
 * für Arbeit", "Corinne Marchetti-Lowe, a spokeswoman for the White House".
 * Analysts are left out: a think tank's fellow speaks for themselves.
 */
export function representatives(index: ActorIndex, roles: Map<number, string>): Map<number, number[]> {
  const bodies = index.actors.filter((a) => a.kind === 'organisation' && !a.place && !a.document && a.words.length >= 2);
  const found = new Map<number, number[]>();
  for (const [person, role] of roles) {
    if (isAnalystRole(role, index.lang)) continue;
    for (const body of bodies) {
      if (!role.toLowerCase().includes(body.name.toLowerCase())) continue;
      found.set(body.index, [...(found.get(body.index) ?? []), person]);
    }
  }
  return found;
}

/** Analysts and observers ("a senior fellow at …", "economist"): they speak for themselves and take sides only clearly. */
export function isAnalystRole(role: string | null, lang: string | null): boolean {
  const { analystRoles } = actorWordsFor(lang);
  return !!role && role.toLowerCase().split(/\s+/).some((w) => analystRoles.has(w));
}

/** What a go-between does, right after their name: "acts as a go-between for", "brokered the talks". */
const MEDIATING =
  /^[^.;:]{0,40}?\b(?:act(?:s|ed|ing)? as (?:a |an |the )?(?:middle-?man|mediator|go-between|intermediary|broker)|mediat(?:e|es|ed|ing)\b|brokered|brokering|sert d['’]intermédiaire|médiat(?:eur|rice|ion)|vermittel\p{L}*|als vermittler|media(?:r|ndo|dor|dora)\b|intermedi[aá]ri[oa])/iu;

/** Mediators take no side unless they clearly say so. */
export function actsAsMediator(index: ActorIndex, actor: Actor): boolean {
  return mentionsOf(index, actor).some((m) => MEDIATING.test(index.text.slice(m.end, m.end + 80)));
}
