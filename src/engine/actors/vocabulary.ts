/**
 * The actor vocabularies of the article's language, compiled once per
 * language from its pack (`src/engine/lang/<code>/`: titles, role nouns,
 * group nouns, bodies, non-actor words, nicknames, demonyms) plus the parts
 * of names that hold in every language (`lang/any/names.ts`). A stage asks
 * `actorWordsFor(article.lang)`, so one language's words never match
 * another's text. All entries are lower case; lookups fold case first.
 */
import { NAME_PARTS } from '../lang/any/names.ts';
import { BODIES_BY_LANGUAGE } from '../lang/bodies.ts';
import { DEMONYMS_BY_LANGUAGE } from '../lang/demonyms.ts';
import { GROUP_NOUNS_BY_LANGUAGE } from '../lang/group-nouns.ts';
import { PACK_CODES, type PackCode, packCodeOf } from '../lang/index.ts';
import { NICKNAMES_BY_LANGUAGE } from '../lang/nicknames.ts';
import { NON_ACTORS_BY_LANGUAGE } from '../lang/non-actors.ts';
import { ROLE_NOUNS_BY_LANGUAGE } from '../lang/role-nouns.ts';
import { TITLES_BY_LANGUAGE } from '../lang/titles.ts';

type Words = ReadonlySet<string>;
/** A word list that is also a rule (compound nouns), so it can only be asked, not listed. */
export interface WordTest {
  has(lowerWord: string): boolean;
}
const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/).filter(Boolean));

/** Lower-case particles inside personal names, in any language. */
export const NAME_PARTICLES: Words = words(NAME_PARTS.particles);
/** Prefixes written joined to a surname ("McAvoy"): with the particles, what makes a mixed-case word a surname. */
export const JOINED_SURNAME_PREFIXES: Words = words(NAME_PARTS.joinedPrefixes);
/** Suffixes that end a personal name. */
export const NAME_SUFFIXES: Words = words(NAME_PARTS.suffixes);
/** All-capital words that are not organisations' acronyms. */
export const NON_ORG_ACRONYMS: Words = words(NAME_PARTS.nonOrgAcronyms);
/** Media outlets and agencies credited in captions and bylines, never stakeholders. */
export const MEDIA_WORDS: Words = words(NAME_PARTS.media);

export interface ActorWords {
  /** Honorifics and office titles that may stand before a person's name ("Gov. Neil Harbury", "M. Prévot"). */
  isTitle(lowerWord: string): boolean;
  maleTitles: Words;
  femaleTitles: Words;
  /** Titles that only say how to address someone: not a role worth showing ("Mr", "Dr", "Herr"). */
  honorifics: Words;
  /** Abbreviated titles, written with their full stop when shown as a role ("Gov.", "Sen."). */
  abbreviatedTitles: Words;
  /** Nouns that name a person's office or function; the head of an apposition role ("a Belgian official"). */
  roleNouns: Words;
  /** Roles whose holders analyse rather than take sides. */
  analystRoles: Words;
  /** Words for someone who speaks for an organisation ("a Commission spokesperson said"). */
  spokespersons: Words;
  /** Lower-case words that may qualify a role written before a name ("former press secretary"). */
  roleModifiers: Words;
  /** Nouns for collective actors; a group mention is the noun with an optional qualifier in front. */
  groupNouns: Words;
  /** Collective nouns that need a qualifier to name a specific actor ("Belgian officials", not just "officials"). */
  genericGroupNouns: Words;
  /** Multi-word collective actors matched as phrases. */
  groupPhrases: readonly string[];
  groupQualifiers: Words;
  /** Party adjectives before a group noun ("Democratic senators"). */
  partyAdjectives: Words;
  /** "some", "many": in front of a group noun but no part of its name. */
  quantifiers: Words;
  /** Head words that make a capitalised run an organisation. */
  orgWords: WordTest;
  /** Connectors allowed inside organisation names ("Council on Foreign Relations", "Bundesagentur für Arbeit"). */
  orgConnectors: Words;
  /** Lower-case nouns that make a preceding name a body: "Harlan administration", "Verdant party". */
  bodyAfterName: Words;
  /** Portfolios that name a ministry or department on their own ("the health ministry"). */
  portfolios: Words;
  /** Nouns for a body rather than a person ("the agency said", "resalta el organismo"). */
  bodyReferences: Words;
  /** A name word that makes the name a work, a law, an event or a place ("Criminal Code", "Labour Day"). */
  isNonActorWord(lowerWord: string): boolean;
  /** A nationality adjective of this language, lower case. */
  isPackDemonym(lowerWord: string): boolean;
  /** The formal first name a lower-case first name stands for ("pat" → "patrick"), or the name itself. */
  formalFirstName(lowerWord: string): string;
}

function compile(code: PackCode): ActorWords {
  const t = TITLES_BY_LANGUAGE[code];
  const r = ROLE_NOUNS_BY_LANGUAGE[code];
  const g = GROUP_NOUNS_BY_LANGUAGE[code];
  const b = BODIES_BY_LANGUAGE[code];
  const n = NON_ACTORS_BY_LANGUAGE[code];
  const forms = DEMONYMS_BY_LANGUAGE[code].forms;
  const titles = words(t.titles);
  const maleTitles = words(t.male);
  const femaleTitles = words(t.female);
  const nonActors = words(n.words);
  const demonym = forms.length ? new RegExp(`^(?:${forms.join('|')})$`, 'u') : null;
  const formalOf = new Map<string, string>();
  for (const family of words(NICKNAMES_BY_LANGUAGE[code].families)) {
    const [formal, shorts = ''] = family.split(':');
    if (!formal) continue;
    for (const short of shorts.split(',')) if (short && !formalOf.has(short)) formalOf.set(short, formal);
  }
  return {
    isTitle: (w) => titles.has(w) || (t.compoundSuffix?.test(w) ?? false),
    maleTitles,
    femaleTitles,
    honorifics: new Set([...maleTitles, ...femaleTitles, ...words(t.addressOnly)]),
    abbreviatedTitles: words(t.abbreviated),
    roleNouns: words(r.nouns),
    analystRoles: words(r.analysts),
    spokespersons: words(r.spokespersons),
    roleModifiers: words(r.modifiers),
    groupNouns: words(g.nouns),
    genericGroupNouns: words(g.needQualifier),
    groupPhrases: g.phrases,
    groupQualifiers: words(g.qualifiers),
    partyAdjectives: words(g.parties),
    quantifiers: words(g.quantifiers),
    orgWords: wordsOrCompounds(words(b.heads), b.compoundSuffix),
    orgConnectors: words(b.connectors),
    bodyAfterName: words(b.afterName),
    portfolios: words(b.portfolios),
    bodyReferences: words(b.references),
    isNonActorWord: (w) => nonActors.has(w) || (n.suffix?.test(w) ?? false),
    isPackDemonym: (w) => demonym?.test(w) ?? false,
    formalFirstName: (w) => formalOf.get(w) ?? w,
  };
}

function wordsOrCompounds(list: Words, compoundSuffix: RegExp | null): WordTest {
  return { has: (w) => list.has(w) || (compoundSuffix?.test(w) ?? false) };
}

const COMPILED = new Map<PackCode, ActorWords>();

/** The actor vocabularies of the article's language (English when it has no pack). */
export function actorWordsFor(lang: string | null | undefined): ActorWords {
  const code = packCodeOf(lang);
  let compiled = COMPILED.get(code);
  if (!compiled) {
    compiled = compile(code);
    COMPILED.set(code, compiled);
  }
  return compiled;
}

/** One list over every language: for callers that do not know the article's language (the storage index's name forms). */
function everyLanguage(list: (w: ActorWords) => Words): Words {
  return new Set(PACK_CODES.flatMap((code) => [...list(actorWordsFor(code))]));
}

export const ORG_WORDS: WordTest = { has: (w) => PACK_CODES.some((code) => actorWordsFor(code).orgWords.has(w)) };
export const ROLE_NOUNS = everyLanguage((w) => w.roleNouns);
export const SPOKESPERSON_WORDS = everyLanguage((w) => w.spokespersons);

/** A title in any language. */
export function isTitle(lowerWord: string): boolean {
  return PACK_CODES.some((code) => actorWordsFor(code).isTitle(lowerWord));
}
