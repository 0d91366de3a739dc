import { type ClosedClass, closedClassFor } from '../lang/closed-class.ts';
import { packCodeOf } from '../lang/index.ts';
import type { ActorKind } from '../types.ts';
import { type Gender, isFirstName } from './name-lexicon.ts';
import type { Mention } from './mention.ts';
import { actorWordsFor, type ActorWords, NAME_SUFFIXES } from './vocabulary.ts';

/** One actor of the article, all its name variants merged. */
export interface Actor {
  index: number;
  kind: ActorKind;
  /** The fullest name the article gives ("Maxime Prévot", "European Commission"). */
  name: string;
  words: string[];
  /** Other forms the article uses ("Prévot", "Commission", "EU"). */
  aliases: Set<string>;
  /** Indexes into the mention list, in text order. */
  mentions: number[];
  gender: Gender;
  acronym: string | null;
  /** A country or city standing for its government: an actor only when it speaks or takes a side. */
  place: boolean;
  /** A quoted document ("Projet de loi", "Informe"): a speaker, never a stakeholder. */
  document: boolean;
}

export interface ActorIndex {
  text: string;
  /** The article's language (its language pack is the one used). */
  lang: string | null;
  /** German capitalises nouns: lone capitalised words there are no evidence of a name. */
  german: boolean;
  /** The closed-class words of the article's language. */
  closed: ClosedClass;
  mentions: Mention[];
  actors: Actor[];
  /** Actor index of each mention; -1 for pronouns and names nobody could be matched to. */
  actorOf: number[];
  /** Position of each mention in `mentions`. */
  positionOf: Map<Mention, number>;
}

const GENDER_WINDOW = 200;

/** Merge mentions into actors: surnames into full names, "the Commission" into "European Commission", acronyms into names. */
export function indexActors(mentions: Mention[], text: string, lang: string | null): ActorIndex {
  const index: ActorIndex = { text, lang, german: packCodeOf(lang) === 'de', closed: closedClassFor(lang), mentions, actors: [], actorOf: mentions.map(() => -1), positionOf: new Map(mentions.map((m, i) => [m, i])) };
  const vocabulary = actorWordsFor(lang);
  const byKey = new Map<string, number>();
  const byFirstAndLast = new Map<string, number>();
  const longTails = surnameTails(mentions);
  // Full forms first, so that short forms can point to them wherever they occur.
  mentions.forEach((m, mi) => {
    const full =
      (m.kind === 'person' && m.words.length >= 2 && !isDoubleSurname(m, longTails)) ||
      (m.kind === 'organisation' && m.words.length >= 2) ||
      m.kind === 'group' ||
      m.kind === 'place';
    if (!full) return;
    const key = `${m.kind}:${groupKey(m)}`;
    // "Walter Penrose" and "Walter J. Penrose", "Nick Tarrant" and "Nicholas Tarrant Jr.": same first and last name.
    const firstAndLast = m.kind === 'person' ? firstAndLastName(m.words, vocabulary) : '';
    let ai = byKey.get(key) ?? (firstAndLast ? (byFirstAndLast.get(firstAndLast) ?? -1) : -1);
    if (ai < 0) {
      ai = newActor(index, m);
      byKey.set(key, ai);
      if (firstAndLast) byFirstAndLast.set(firstAndLast, ai);
    }
    attach(index, ai, mi);
  });
  const byWord = wordLookup(index.actors);
  mentions.forEach((m, mi) => {
    if (index.actorOf[mi] !== -1 || m.kind === 'pronoun') return;
    // "Vossberg" after "der Konzern Vossberg": a bare name that is a body's whole name is that body.
    const ai = m.kind === 'name' ? (byKey.get(`organisation:${groupKey(m)}`) ?? shortFormOwner(index, byWord, m, mentions, text, mi)) : shortFormOwner(index, byWord, m, mentions, text, mi);
    if (ai >= 0) attach(index, ai, mi);
    else if (m.kind === 'person' || m.kind === 'organisation') {
      // The same short name again ("Facebook", "NATO", "Quiko") is the same actor.
      const key = `${m.kind}:${groupKey(m)}`;
      const same = byKey.get(key) ?? newActor(index, m);
      byKey.set(key, same);
      attach(index, same, mi);
    }
  });
  collectiveNames(index);
  mergeNamePrefixes(index);
  mergeGroupForms(index);
  learnGenders(index);
  for (const actor of index.actors) if (actor.kind === 'person') nameByUsage(index, actor);
  return index;
}

/**
 * A person's name as the article mostly writes it: "Dana Holt" rather
 * than a one-off "Dana Marie Holt"; the shorter form wins ties.
 */
function nameByUsage(index: ActorIndex, actor: Actor): void {
  const counts = new Map<string, { n: number; words: string[] }>();
  for (const mi of actor.mentions) {
    const m = index.mentions[mi];
    if (!m || m.words.length < 2) continue;
    const entry = counts.get(m.text) ?? { n: 0, words: m.words };
    entry.n++;
    counts.set(m.text, entry);
  }
  let best: string | null = null;
  let bestEntry: { n: number; words: string[] } | null = null;
  for (const [text, entry] of counts) {
    if (!bestEntry || entry.n > bestEntry.n || (entry.n === bestEntry.n && entry.words.length < bestEntry.words.length)) {
      best = text;
      bestEntry = entry;
    }
  }
  if (!best || !bestEntry || best === actor.name) return;
  actor.aliases.add(actor.name);
  actor.aliases.delete(best);
  actor.name = best;
  actor.words = bestEntry.words;
}

/** The last two words of every person named with three words or more ("Ana María Ruiz Tagle" → "ruiz tagle"). */
function surnameTails(mentions: readonly Mention[]): Set<string> {
  const tails = new Set<string>();
  for (const m of mentions) if (m.kind === 'person' && m.words.length >= 3) tails.add(m.words.slice(-2).join(' '));
  return tails;
}

/**
 * "Ruiz Tagle" after "Ana María Ruiz Tagle": two surnames, the short form of
 * the fuller name, not a person of their own (unless it starts with a first name).
 */
function isDoubleSurname(m: Mention, longTails: ReadonlySet<string>): boolean {
  return m.words.length === 2 && longTails.has(m.words.join(' ')) && !isFirstName(m.words[0] ?? '');
}

function groupKey(m: Mention): string {
  return m.words.filter((w) => w !== 'the').join(' ');
}

/** A person's first name (formal form) and surname, leaving out "Jr." and the like. */
function firstAndLastName(words: string[], vocabulary: ActorWords): string {
  const [first, ...rest] = words.filter((w, i) => i === 0 || !NAME_SUFFIXES.has(w));
  const last = rest.at(-1);
  return first === undefined || last === undefined ? '' : `${vocabulary.formalFirstName(first)} ${last}`;
}

function newActor(index: ActorIndex, m: Mention): number {
  const kind: ActorKind = m.kind === 'organisation' || m.kind === 'place' ? 'organisation' : m.kind === 'group' ? 'group' : 'person';
  const connectors = actorWordsFor(index.lang).orgConnectors;
  const capitals = m.words.filter((w) => !connectors.has(w));
  // Only a name written in capitals has an acronym: "gouvernement français" is not "GF".
  const capitalised = m.text.split(/\s+/).every((w) => connectors.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
  const actor: Actor = {
    index: index.actors.length,
    kind,
    // Groups and bodies found in running text ("civil society", "gouvernement français") are shown as names.
    name: kind === 'person' ? m.text : capitalise(m.text),
    words: m.words,
    aliases: new Set(),
    mentions: [],
    gender: m.gender,
    acronym: kind === 'organisation' && capitalised && capitals.length >= 2 ? capitals.map((w) => w[0]).join('').toUpperCase() : null,
    place: m.kind === 'place',
    document: false,
  };
  index.actors.push(actor);
  return actor.index;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function attach(index: ActorIndex, ai: number, mi: number): void {
  const actor = index.actors[ai];
  const m = index.mentions[mi];
  if (!actor || !m) return;
  index.actorOf[mi] = ai;
  actor.mentions.push(mi);
  actor.gender ??= m.gender;
  const text = actor.kind === 'group' ? capitalise(m.text) : m.text;
  if (m.words.length > actor.words.length && m.kind !== 'group') {
    actor.aliases.add(actor.name);
    actor.name = text;
    actor.words = m.words;
  } else if (text !== actor.name) actor.aliases.add(text);
}

interface WordLookup {
  /** Person and organisation actors by each word of their name. */
  byWord: Map<string, Actor[]>;
  byAcronym: Map<string, Actor>;
}

/** Look-ups over the full names, so that short forms cost one map access each, whatever the page. */
function wordLookup(actors: Actor[]): WordLookup {
  const byWord = new Map<string, Actor[]>();
  const byAcronym = new Map<string, Actor>();
  for (const a of actors) {
    if (a.kind === 'group') continue;
    for (const w of new Set(a.words)) {
      const list = byWord.get(w);
      if (list) list.push(a);
      else byWord.set(w, [a]);
    }
    if (a.acronym && !byAcronym.has(a.acronym)) byAcronym.set(a.acronym, a);
  }
  return { byWord, byAcronym };
}

/** The actor a surname, a bare head word ("Commission") or an acronym refers to, or -1. */
function shortFormOwner(index: ActorIndex, lookup: WordLookup, m: Mention, mentions: Mention[], text: string, mi: number): number {
  const words = m.words;
  const acronym = m.text.replace(/\./g, '');
  if (m.kind === 'organisation' || m.kind === 'name') {
    // "Nurses for Harbour Safety (N4HS)": an acronym in brackets right after a name.
    const prev = mentions[mi - 1];
    if (prev && prev.kind === 'organisation' && /^\s*\($/.test(text.slice(prev.end, m.start))) {
      const owner = index.actorOf[mi - 1] ?? -1;
      const actor = index.actors[owner];
      if (actor) {
        actor.acronym ??= acronym;
        if (!lookup.byAcronym.has(acronym)) lookup.byAcronym.set(acronym, actor);
        return owner;
      }
    }
    const byAcronym = lookup.byAcronym.get(acronym);
    if (byAcronym) return byAcronym.index;
  }
  const sharing = lookup.byWord.get(words.at(-1) ?? '') ?? [];
  if (m.kind === 'organisation' && words.length === 1) {
    return mostMentioned(sharing.filter((a) => a.kind === 'organisation'));
  }
  if ((m.kind === 'person' || m.kind === 'name') && words.length <= 2) {
    // A surname (or "Ibarra Solano"): the person last named in full before it, else the first one after.
    const candidates = sharing.filter((a) => a.kind === 'person' && a.words.length > words.length && endsWith(a.words, words));
    if (!candidates.length) return -1;
    const before = candidates.filter((a) => (mentions[a.mentions[0] ?? -1]?.start ?? Infinity) < m.start);
    const pick = before.length ? before : candidates;
    return pick.reduce((best, a) => (lastMentionBefore(a, mentions, m.start) > lastMentionBefore(best, mentions, m.start) ? a : best)).index;
  }
  return -1;
}

function endsWith(whole: string[], tail: string[]): boolean {
  if (tail.length === 1) return whole.slice(1).includes(tail[0] ?? '');
  return tail.every((w, i) => whole[whole.length - tail.length + i] === w);
}

function lastMentionBefore(a: Actor, mentions: Mention[], offset: number): number {
  let last = -1;
  for (const mi of a.mentions) {
    const start = mentions[mi]?.start ?? Infinity;
    if (start < offset) last = start;
  }
  return last;
}

function mostMentioned(actors: Actor[]): number {
  if (!actors.length) return -1;
  return actors.reduce((best, a) => (a.mentions.length > best.mentions.length ? a : best)).index;
}

/**
 * A he/she/his/her shortly after a person whose gender is unknown tells it, when that person is the only one
 * named in the stretch before it: after "Kell walked with Ruiz. She said", "she" may be either of them.
 */
function learnGenders(index: ActorIndex): void {
  const { mentions } = index;
  let lastPerson = -1;
  let otherPerson = -1;
  mentions.forEach((m, mi) => {
    const ai = index.actorOf[mi] ?? -1;
    if (index.actors[ai]?.kind === 'person') {
      if (lastPerson >= 0 && index.actorOf[lastPerson] !== ai) otherPerson = lastPerson;
      lastPerson = mi;
    }
    if (m.kind !== 'pronoun' || !m.gender || m.plural) return;
    const person = mentions[lastPerson];
    const actor = index.actors[index.actorOf[lastPerson] ?? -1];
    if (!person || !actor || person.blockIndex !== m.blockIndex || m.start - person.end > GENDER_WINDOW) return;
    const other = mentions[otherPerson];
    if (other && other.blockIndex === m.blockIndex && m.start - other.end <= GENDER_WINDOW) return;
    actor.gender ??= m.gender;
  });
}

/**
 * One collective, several forms: "teachers" is the "Oakdale teachers" the
 * article names (when it names only one group of teachers), and "Harlan
 * administration officials" speak for the "Harlan administration".
 */
function mergeGroupForms(index: ActorIndex): void {
  const bodies = new Map<string, Actor>();
  for (const a of index.actors) if (a.kind === 'organisation' && a.words.length) bodies.set(a.words.join(' '), a);
  const groups = index.actors.filter((a) => a.kind === 'group' && a.mentions.length);
  for (const group of groups) {
    const body = group.words.length >= 2 ? bodies.get(group.words.slice(0, -1).join(' ')) : undefined;
    if (body) {
      moveMentions(index, group, body);
      continue;
    }
    if (group.words.length !== 1) continue;
    const qualified = groups.filter((g) => g !== group && g.words.length > 1 && g.words[g.words.length - 1] === group.words[0] && g.mentions.length);
    const only = qualified.length === 1 ? qualified[0] : undefined;
    if (only) moveMentions(index, group, only);
  }
}

function moveMentions(index: ActorIndex, from: Actor, to: Actor): void {
  for (const mi of from.mentions) index.actorOf[mi] = to.index;
  to.mentions = [...to.mentions, ...from.mentions].sort((a, b) => a - b);
  to.aliases.add(from.name);
  for (const alias of from.aliases) to.aliases.add(alias);
  from.mentions = [];
}

/**
 * "Ramiro Bustos" after "Ramiro Bustos Echeverría": a person named by the first words of a
 * longer name (a second surname left off) is that person, when only one such name fits.
 */
function mergeNamePrefixes(index: ActorIndex): void {
  const people = index.actors.filter((a) => a.kind === 'person' && a.words.length >= 2);
  // Looked up by the first two words, so that a page of many names costs one pass.
  const byOpening = new Map<string, Actor[]>();
  for (const a of people) {
    const key = a.words.slice(0, 2).join(' ');
    const list = byOpening.get(key);
    if (list) list.push(a);
    else byOpening.set(key, [a]);
  }
  for (const short of people) {
    const sharing = byOpening.get(short.words.slice(0, 2).join(' ')) ?? [];
    const longer = sharing.filter((a) => a.mentions.length && a.words.length > short.words.length && short.words.every((w, i) => a.words[i] === w));
    const only = longer.length === 1 ? longer[0] : undefined;
    if (only && short.mentions.length) moveMentions(index, short, only);
  }
}

/** Times a lone name must follow "the" to count as a collective actor. */
const COLLECTIVE_MIN_USES = 2;

/**
 * "the Taliban", "the Kremlin", "the Pentagon": a lone capitalised name used
 * with "the" more than once is a body, not a person.
 */
function collectiveNames(index: ActorIndex): void {
  if (index.german) return;
  const uses = new Map<string, number[]>();
  index.mentions.forEach((m, mi) => {
    if (m.kind !== 'name' || m.words.length !== 1 || index.actorOf[mi] !== -1) return;
    if (!/\bthe\s+$/i.test(index.text.slice(Math.max(0, m.start - 5), m.start))) return;
    const list = uses.get(m.text) ?? [];
    list.push(mi);
    uses.set(m.text, list);
  });
  for (const list of uses.values()) {
    const first = index.mentions[list[0] ?? -1];
    if (!first || list.length < COLLECTIVE_MIN_USES) continue;
    // Every use of the name, with or without "the", is the same body.
    attachSameName(index, newActor(index, { ...first, kind: 'organisation' }), first.text);
  }
}

/** Every lone name written `name` that no actor claims yet becomes a mention of actor `ai`. */
export function attachSameName(index: ActorIndex, ai: number, name: string): void {
  if (ai < 0) return;
  index.mentions.forEach((m, mi) => {
    if (m.kind === 'name' && m.text === name && index.actorOf[mi] === -1) attach(index, ai, mi);
  });
}

/** Every form of the names of the places the article names ("Canada", "Westmarch"), which the issue stage tells apart. */
export function placeNames(index: ActorIndex): string[] {
  return index.actors.filter((a) => a.place).flatMap((a) => [a.name, ...a.aliases]);
}

/** The actor a mention of the index belongs to, or -1 (a mention not in the index, or of no actor yet). */
export function actorOfMention(index: ActorIndex, m: Mention): number {
  const mi = index.positionOf.get(m);
  return mi === undefined ? -1 : (index.actorOf[mi] ?? -1);
}

/** An actor's mentions themselves (the actor keeps their positions in the index). */
export function mentionsOf(index: ActorIndex, actor: Actor): Mention[] {
  return actor.mentions.flatMap((mi) => index.mentions[mi] ?? []);
}

/** Make a lone capitalised name a person (it turned out to be a speaker: "Quiko said"). */
export function promoteToPerson(index: ActorIndex, mi: number): number {
  const existing = index.actorOf[mi] ?? -1;
  const m = index.mentions[mi];
  if (existing >= 0 || !m) return existing;
  const full = fullNameBefore(index, mi);
  const fullMention = index.mentions[full];
  if (fullMention) {
    const known = index.actorOf[full] ?? -1;
    const ai = known >= 0 ? known : newActor(index, { ...fullMention, kind: 'person' });
    if (known < 0) attach(index, ai, full);
    attach(index, ai, mi);
    return ai;
  }
  const key = m.words.join(' ');
  const same = index.actors.findIndex((a) => a.words.join(' ') === key);
  const ai = same >= 0 ? same : newActor(index, { ...m, kind: 'person' });
  attach(index, ai, mi);
  return ai;
}

/**
 * "Jolanda Wendrich-Oltmann leitet …", later "sagte Wendrich-Oltmann": a speaking surname is the two-word name
 * given earlier that ends with it, when that name is no one yet or a person (German names not known as such).
 */
function fullNameBefore(index: ActorIndex, mi: number): number {
  const m = index.mentions[mi];
  if (!m || m.words.length !== 1) return -1;
  return index.mentions.slice(0, mi).findIndex((earlier, mj) => {
    if ((earlier.kind !== 'name' && earlier.kind !== 'person') || earlier.words.length !== 2 || earlier.words[1] !== m.words[0]) return false;
    const ai = index.actorOf[mj] ?? -1;
    return ai < 0 ? earlier.kind === 'name' : index.actors[ai]?.kind === 'person';
  });
}

/** The actor standing for a quoted document, created on first use. */
export function documentActor(index: ActorIndex, name: string): number {
  return unmentionedActor(index, name, true);
}

/** The author a tweet's signature names when no name of it is found ("— Presidencia Andorra 🇦🇩 (@…)"), created on first use. */
export function signatureActor(index: ActorIndex, name: string): number {
  return unmentionedActor(index, name, false);
}

function unmentionedActor(index: ActorIndex, name: string, document: boolean): number {
  const existing = index.actors.find((a) => a.document === document && a.mentions.length === 0 && a.name === name);
  if (existing) return existing.index;
  const actor: Actor = {
    index: index.actors.length,
    kind: 'organisation',
    name,
    words: name.toLowerCase().split(/\s+/),
    aliases: new Set(),
    mentions: [],
    gender: null,
    acronym: null,
    place: false,
    document,
  };
  index.actors.push(actor);
  return actor.index;
}
