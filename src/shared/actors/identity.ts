/**
 * One actor, many names: the mentions of the reader's articles grouped into
 * actors, each with a stable id, every name form it was met under and, for
 * each merge, a reason (a code the reader's language puts in words). The rules:
 * - a person is their name without titles and roles in front of it; two full
 *   names are one person when surname and first given name agree (two people
 *   who share a surname with different given names stay two);
 * - a surname alone joins the full name with that surname in the same article
 *   and, across articles, only when exactly one known person has that surname;
 * - a body is its name without determiners or spokesperson forms; a one-word
 *   short form ("the Commission") joins the body whose name begins or ends
 *   with that word, by the same same-article-then-only-one rule;
 * - a group named by a common noun ("critics") is one actor within its article only;
 * - then the reader's own choices, oldest first: merges join, splits pull a
 *   name form out into an actor of its own.
 * Deterministic: the same mentions and choices, in any order, give the same actors and ids.
 */
import type { ActorKind } from '../../engine/types.ts';
import { mergeReasonKey } from './merge-reasons.ts';
import type { MergeReason } from './merge-reasons.ts';
import { fold, nameFormOf } from './name-forms.ts';
import type { NameForm } from './name-forms.ts';

export interface ActorMention {
  articleKey: string;
  name: string;
  role: string | null;
  kind: ActorKind;
}

/** The reader's hand corrections, kept by the name forms they were made on (names outlive computed ids). */
export type ActorChoice = { id: string; at: number } & ({ kind: 'merge'; names: [string, string] } | { kind: 'split'; name: string });

export interface Actor<M extends ActorMention = ActorMention> {
  /** Stable for the same group of names: derived from the actor's identifying name, never from input order. */
  id: string;
  kind: 'person' | 'body' | 'group';
  /** The fullest name, as shown. */
  name: string;
  /** Every name form the actor was mentioned under, sorted. */
  names: string[];
  mentions: M[];
  /** Why these names are one actor, one reason per merge; empty for an actor met under one name. */
  reasons: MergeReason[];
}

interface Group {
  id: string;
  members: Set<number>;
  /** By `mergeReasonKey`, so a reason met twice is kept once. */
  reasons: Map<string, MergeReason>;
}

const addReason = (group: Group, reason: MergeReason) => group.reasons.set(mergeReasonKey(reason), reason);

export function identifyActors<M extends ActorMention>(mentions: readonly M[], choices: readonly ActorChoice[] = []): Actor<M>[] {
  const forms = mentions.map((m) => nameFormOf(m.name, m.kind));
  const groups = new Map<string, Group>();
  const join = (id: string, index: number, reason: MergeReason | null) => {
    const group = groups.get(id) ?? { id, members: new Set<number>(), reasons: new Map<string, MergeReason>() };
    group.members.add(index);
    if (reason) addReason(group, reason);
    groups.set(id, group);
  };
  groupPeople(mentions, forms, join);
  groupBodies(mentions, forms, join);
  forms.forEach((form, i) => {
    if (form.kind === 'group') join(`group:${form.key}@${mentions[i]?.articleKey ?? ''}`, i, null);
  });
  const final = applyChoices(groups, mentions, forms, choices);
  return [...final.values()]
    .filter((g) => g.members.size > 0)
    .map((g) => actorOf(g, mentions, forms))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

type Join = (id: string, index: number, reason: MergeReason | null) => void;

function groupPeople(mentions: readonly ActorMention[], forms: NameForm[], join: Join): void {
  const people = indicesOf(forms, 'person');
  // Full names, keyed by surname and first given name.
  const fullBySurname = new Map<string, Map<string, { display: Set<string>; articles: Set<string> }>>();
  for (const i of people) {
    const form = forms[i] as Extract<NameForm, { kind: 'person' }>;
    const first = form.given[0];
    if (first === undefined) continue;
    const bySurname = fullBySurname.get(form.surname) ?? new Map();
    const person = bySurname.get(first) ?? { display: new Set<string>(), articles: new Set<string>() };
    person.display.add(form.display);
    person.articles.add(mentions[i]?.articleKey ?? '');
    bySurname.set(first, person);
    fullBySurname.set(form.surname, bySurname);
  }
  const personId = (surname: string, first: string) => `person:${first} ${surname}`;
  const fullName = (surname: string, first: string) => shortest(fullBySurname.get(surname)?.get(first)?.display ?? new Set([surname]));
  for (const i of people) {
    const form = forms[i] as Extract<NameForm, { kind: 'person' }>;
    const article = mentions[i]?.articleKey ?? '';
    const first = form.given[0];
    if (first !== undefined) {
      join(personId(form.surname, first), i, form.stripped ? { code: 'title-dropped', params: [form.stripped, form.display] } : null);
      continue;
    }
    const known = [...(fullBySurname.get(form.surname)?.entries() ?? [])];
    const here = known.filter(([, p]) => p.articles.has(article));
    if (here.length === 1 && here[0]) {
      const full = fullName(form.surname, here[0][0]);
      join(personId(form.surname, here[0][0]), i, { code: 'surname-in-article', params: [full] });
    } else if (here.length === 0 && known.length === 1 && known[0]) {
      const full = fullName(form.surname, known[0][0]);
      join(personId(form.surname, known[0][0]), i, { code: 'surname-only-person', params: [full] });
    } else if (known.length === 0) {
      join(`person:${form.surname}`, i, null);
    } else {
      // Several people share the surname: which one is meant is known only within the article.
      join(`person:${form.surname}@${article}`, i, null);
    }
  }
}

function groupBodies(mentions: readonly ActorMention[], forms: NameForm[], join: Join): void {
  const bodies = indicesOf(forms, 'body');
  const full = new Map<string, Set<string>>();
  for (const i of bodies) {
    const form = forms[i] as Extract<NameForm, { kind: 'body' }>;
    if (form.tokens.length < 2) continue;
    const key = form.tokens.join(' ');
    full.set(key, (full.get(key) ?? new Set()).add(mentions[i]?.articleKey ?? ''));
  }
  // Full names by their first and last word: where a one-word short form can sit.
  const byEndWord = new Map<string, string[]>();
  for (const name of full.keys()) {
    const words = name.split(' ');
    for (const word of new Set([words[0], words[words.length - 1]])) {
      if (word === undefined) continue;
      const names = byEndWord.get(word);
      if (names) names.push(name);
      else byEndWord.set(word, [name]);
    }
  }
  const displayOf = new Map<string, string>();
  for (const i of bodies) {
    const form = forms[i] as Extract<NameForm, { kind: 'body' }>;
    const key = form.tokens.join(' ');
    if (form.tokens.length >= 2 && (!displayOf.has(key) || form.display < (displayOf.get(key) ?? ''))) displayOf.set(key, form.display);
  }
  for (const i of bodies) {
    const form = forms[i] as Extract<NameForm, { kind: 'body' }>;
    const raw = mentions[i]?.name ?? '';
    const article = mentions[i]?.articleKey ?? '';
    const key = form.tokens.join(' ');
    const speaks: MergeReason | null = form.speaksFor ? { code: 'speaks-for', params: [raw, form.display] } : null;
    if (form.tokens.length !== 1) {
      join(`body:${key}`, i, speaks);
      continue;
    }
    const word = key;
    const known = (byEndWord.get(word) ?? []).map((name) => [name, full.get(name) ?? new Set<string>()] as const);
    const here = known.filter(([, articles]) => articles.has(article));
    const target = here.length === 1 ? here[0] : here.length === 0 && known.length === 1 ? known[0] : undefined;
    if (target) {
      const long = displayOf.get(target[0]) ?? target[0];
      join(`body:${target[0]}`, i, { code: here.length === 1 ? 'short-form-in-article' : 'short-form-only-body', params: [raw, long] });
      if (speaks) join(`body:${target[0]}`, i, speaks);
    } else {
      join(known.length === 0 ? `body:${word}` : `body:${word}@${article}`, i, speaks);
    }
  }
}

/** The reader's merges and splits, oldest first (ties by id), applied to the automatic groups. */
function applyChoices(groups: Map<string, Group>, mentions: readonly ActorMention[], forms: NameForm[], choices: readonly ActorChoice[]): Map<string, Group> {
  if (choices.length === 0) return groups;
  const ordered = [...choices].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Mentions by folded name and shown name, and the group of each: read once, not once per choice.
  const byName = new Map<string, Set<number>>();
  mentions.forEach((m, i) => {
    for (const name of [fold(m.name), fold(forms[i]?.display ?? '')]) byName.set(name, (byName.get(name) ?? new Set()).add(i));
  });
  const named = (name: string) => [...(byName.get(fold(name.trim())) ?? [])];
  const groupOfMember = new Map<number, Group>();
  for (const g of groups.values()) for (const m of g.members) groupOfMember.set(m, g);
  for (const choice of ordered) {
    if (choice.kind === 'merge') {
      const involved = [...new Set(choice.names.flatMap(named).map((i) => groupOfMember.get(i)).filter((g) => g !== undefined))];
      const [keep, ...rest] = involved.sort((a, b) => (a.id < b.id ? -1 : 1));
      if (!keep || rest.length === 0) continue;
      for (const other of rest) {
        for (const m of other.members) {
          keep.members.add(m);
          groupOfMember.set(m, keep);
        }
        for (const r of other.reasons.values()) addReason(keep, r);
        groups.delete(other.id);
      }
      addReason(keep, { code: 'reader-merged', params: [...choice.names] });
    } else {
      const moved = named(choice.name);
      if (moved.length === 0) continue;
      for (const m of moved) groupOfMember.get(m)?.members.delete(m);
      const id = `split:${fold(choice.name.trim())}`;
      const split: Group = groups.get(id) ?? { id, members: new Set(), reasons: new Map() };
      for (const m of moved) {
        split.members.add(m);
        groupOfMember.set(m, split);
      }
      addReason(split, { code: 'reader-split', params: [choice.name] });
      groups.set(id, split);
    }
  }
  return groups;
}

function actorOf<M extends ActorMention>(group: Group, mentions: readonly M[], forms: NameForm[]): Actor<M> {
  const members = [...group.members].sort((a, b) => a - b);
  const own = members.map((i) => mentions[i]).filter((m) => m !== undefined);
  const memberForms = members.map((i) => forms[i]).filter((f) => f !== undefined);
  const names = [...new Set(own.map((m) => m.name))].sort();
  const displays = [...new Set(memberForms.map((f) => f.display))];
  const kind = memberForms[0]?.kind ?? 'group';
  const reasons = [...group.reasons.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, reason]) => reason);
  return { id: group.id, kind, name: fullest(displays), names, mentions: own, reasons };
}

function indicesOf(forms: NameForm[], kind: NameForm['kind']): number[] {
  return forms.map((f, i) => (f.kind === kind ? i : -1)).filter((i) => i >= 0);
}

/** The longest name (ties: the first in code-point order), so the choice never depends on input order. */
function fullest(names: string[]): string {
  return names.reduce((best, n) => (n.length > best.length || (n.length === best.length && n < best) ? n : best), '');
}

function shortest(names: Set<string>): string {
  return [...names].reduce((best, n) => (best === '' || n.length < best.length || (n.length === best.length && n < best) ? n : best), '');
}
