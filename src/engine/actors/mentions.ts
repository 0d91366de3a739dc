import type { ArticleText } from '../types.ts';
import { firstNameGender, isCommonWord, isDemonym, isFirstName, isKnownOrganisation, isPlace, isPlaceOrDate, type Gender } from './name-lexicon.ts';
import { type Token, tokenize } from './tokens.ts';
import {
  CAPITALISED_FUNCTION_WORDS,
  FEMALE_TITLES,
  GENERIC_GROUP_NOUNS,
  GROUP_NOUNS,
  GROUP_PHRASES,
  MALE_TITLES,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NON_ORG_ACRONYMS,
  ORG_CONNECTORS,
  ORG_WORDS,
  isTitle,
} from './vocabulary.ts';

/**
 * - person: a personal name (full or surname)
 * - organisation: a named body or its acronym
 * - group: a collective actor ("Belgian officials", "critics")
 * - name: a capitalised name not yet known to be a person (a lone surname, a German noun pair)
 * - place: a country or city, which can act as its government ("Beijing said")
 * - pronoun: a subject pronoun, resolved later
 */
export type MentionKind = 'person' | 'organisation' | 'group' | 'name' | 'place' | 'pronoun';

export interface Mention {
  kind: MentionKind;
  /** The name without leading titles or determiners ("Maxime Prévot", "Commission", "Belgian officials"). */
  text: string;
  /** Name words, lower case, for merging variants. */
  words: string[];
  start: number;
  end: number;
  blockIndex: number;
  /** Title words in front of the name ("Gov.", "President"), as written. */
  title: string | null;
  gender: Gender;
  /** Pronouns: refers to several (they, ils, sie in plural use). */
  plural: boolean;
}

/** Longest name we accept; longer capitalised runs are headlines or lists. */
const MAX_NAME_TOKENS = 12;
/** Beyond this, text is not scanned for actors (hostile or huge pages). */
export const MAX_ACTOR_TEXT = 400_000;

const PRONOUNS: Record<string, { gender: Gender; plural: boolean }> = {
  he: { gender: 'male', plural: false },
  she: { gender: 'female', plural: false },
  they: { gender: null, plural: true },
  // "it said in a statement": an organisation, resolved like a plural.
  it: { gender: null, plural: true },
  il: { gender: 'male', plural: false },
  elle: { gender: 'female', plural: false },
  ils: { gender: null, plural: true },
  elles: { gender: null, plural: true },
  er: { gender: 'male', plural: false },
  sie: { gender: 'female', plural: false },
  él: { gender: 'male', plural: false },
  ella: { gender: 'female', plural: false },
  ele: { gender: 'male', plural: false },
  ela: { gender: 'female', plural: false },
};

/** Possessive pronouns: they teach us a person's gender ("Prévot … his opposition"). */
export const GENDERED_POSSESSIVES: Record<string, Gender> = { his: 'male', him: 'male', her: 'female', hers: 'female' };

const COORDINATORS = new Set(['and', 'und', 'et', 'e', 'y']);

const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\d]{2,7}$/u;

/** Gap between two words of one name: a space, or the dot of an initial or abbreviation ("Robert M. Danin", "U.S."). */
function joins(text: string, a: Token, b: Token): boolean {
  if (a.possessive) return false;
  const gap = text.slice(a.end, b.start);
  if (gap === ' ' || gap === '\u00a0') return true;
  return (gap === '. ' || gap === '.') && (a.text.length === 1 || isTitle(a.lower) || NAME_SUFFIXES.has(a.lower));
}

/**
 * After "and": does a name of its own start here ("… and European Union",
 * "Palmeiras e CBF", "Obama and Netanyahu")? If not, "and" is inside one
 * name ("Customs and Border Protection").
 */
function startsOwnName(tokens: Token[], k: number): boolean {
  const first = tokens[k]!;
  if (ACRONYM.test(first.text) || isFirstName(first.lower) || isPlace(first.lower) || isKnownOrganisation(first.lower)) return true;
  for (let j = k; j < tokens.length && j < k + 4 && tokens[j]!.capitalised; j++) {
    if (ORG_WORDS.has(tokens[j]!.lower)) return true;
  }
  // A lone capitalised word ("Obama and Netanyahu"): a name of its own.
  return !tokens[k + 1]?.capitalised;
}

function chainsInGerman(run: Token[], next: Token): boolean {
  const head = run[0]!.lower;
  return isFirstName(head) || run.some((t) => isTitle(t.lower) || ORG_WORDS.has(t.lower)) || ORG_WORDS.has(next.lower);
}

/** Capitalised, and so is every hyphenated part ("Ocasio-Cortez", not "Kroger-owned"). */
function isCapitalisedWord(t: Token): boolean {
  return t.capitalised && /\p{L}/u.test(t.text) && !/-\p{Ll}/u.test(t.text);
}

/** All actor mentions in the article, in text order. */
export function findMentions(article: ArticleText): Mention[] {
  const mentions: Mention[] = [];
  const german = article.lang === 'de';
  article.blocks.forEach((block, blockIndex) => {
    if (block.start > MAX_ACTOR_TEXT) return;
    if (block.kind === 'caption') return;
    const tokens = tokenize(article.text, block.start, Math.min(block.start + block.text.length, MAX_ACTOR_TEXT));
    mentions.push(...namesIn(article.text, tokens, blockIndex, german));
    mentions.push(...groupsIn(article.text, tokens, blockIndex));
    mentions.push(...pronounsIn(tokens, blockIndex));
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return dropOverlaps(mentions);
}

/** Keep the first (longest) of overlapping mentions. */
function dropOverlaps(sorted: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

function namesIn(text: string, tokens: Token[], blockIndex: number, german: boolean): Mention[] {
  const found: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!isCapitalisedWord(first)) {
      i++;
      continue;
    }
    // Extend the run over capitalised words, name particles and organisation connectors.
    const run: Token[] = [first];
    let j = i + 1;
    while (j < tokens.length && run.length < MAX_NAME_TOKENS) {
      const prev = tokens[j - 1]!;
      const next = tokens[j]!;
      if (!joins(text, prev, next)) break;
      if (isCapitalisedWord(next)) {
        // German capitalises every noun: only names, titles and organisations chain there.
        if (german && !chainsInGerman(run, next)) break;
        run.push(next);
        j++;
        continue;
      }
      const after = tokens[j + 1];
      // "and" joins two names only inside an organisation's name ("Department of Health and Human Services").
      const coordinating = COORDINATORS.has(next.lower);
      const linking =
        (NAME_PARTICLES.has(next.lower) || ORG_CONNECTORS.has(next.lower)) &&
        (!coordinating || !startsOwnName(tokens, j + 1));
      if (linking && after && isCapitalisedWord(after) && joins(text, next, after) && !(german && !chainsInGerman(run, after))) {
        run.push(next, after);
        j += 2;
        continue;
      }
      break;
    }
    // A run that hit the cap is a headline or a list of names: skip to its end.
    if (run.length < MAX_NAME_TOKENS) {
      const mention = classifyRun(text, run, blockIndex, german);
      if (mention) found.push(...mention);
    }
    i = j;
  }
  return found;
}

function classifyRun(text: string, run: Token[], blockIndex: number, german: boolean): Mention[] | null {
  let from = 0;
  while (from < run.length && CAPITALISED_FUNCTION_WORDS.has(run[from]!.lower)) from++;
  // "Secretary of State Mike Pompeo", "Indiana House Speaker Brian Bosma": the name follows the last title.
  let titleEnd = -1;
  for (let k = from; k < run.length - 1; k++) {
    const t = run[k]!;
    if (isTitle(t.lower) && (t.text.length > 1 || k === from) && !ORG_WORDS.has(run[k + 1]!.lower)) titleEnd = k;
  }
  let nameFrom = titleEnd >= 0 ? titleEnd + 1 : from;
  // "Secretary of State Mike Pompeo": the title's complement is not part of the name.
  if (titleEnd >= 0 && ORG_CONNECTORS.has(run[nameFrom]?.lower ?? '')) {
    if (nameFrom + 3 < run.length || isFirstName(run[nameFrom + 2]?.lower ?? '')) {
      titleEnd = nameFrom + 1;
      nameFrom += 2;
    } else {
      // "United Nations High Commissioner for Human Rights": an office, which speaks like a body.
      return [makeMention(text, 'organisation', run.slice(from), blockIndex, null, null)];
    }
  }
  // "ministre de la Santé Roman Prymula": a name starts at its first name.
  if (!isFirstName(run[nameFrom]?.lower ?? '')) {
    for (let k = nameFrom + 1; k < run.length - 1; k++) {
      if (isFirstName(run[k]!.lower) && run[k]!.capitalised) {
        nameFrom = k;
        break;
      }
    }
  }
  let tokens = run.slice(nameFrom);
  while (tokens.length && ORG_CONNECTORS.has(tokens[tokens.length - 1]!.lower) && !tokens[tokens.length - 1]!.capitalised) {
    tokens = tokens.slice(0, -1);
  }
  if (!tokens.length) return null;
  const titleTokens = titleEnd >= 0 ? run.slice(from, titleEnd + 1) : [];
  const title = titleTokens.length ? text.slice(titleTokens[0]!.start, titleTokens[titleTokens.length - 1]!.end) : null;
  const make = (kind: MentionKind, ts: Token[], gender: Gender = null): Mention => makeMention(text, kind, ts, blockIndex, title, gender);

  const lowers = tokens.map((t) => t.lower);
  const last = lowers[lowers.length - 1]!;
  if (GROUP_NOUNS.has(last) && lowers.slice(0, -1).every((w) => isDemonym(w) || w === 'congressional' || w === 'democratic' || w === 'republican')) {
    return null; // "Congressional Republicans", "Critics": left to the group finder.
  }
  if (tokens.every((t) => t.text.length === 1)) return null; // "U.S.", "U.N.": places and initials
  if (tokens.length === 1 && ACRONYM.test(tokens[0]!.text)) {
    return NON_ORG_ACRONYMS.has(last) ? null : [make('organisation', tokens)];
  }
  const phrase = lowers.join(' ');
  if (lowers.some((w) => ORG_WORDS.has(w)) || isKnownOrganisation(phrase)) return [make('organisation', tokens)];
  const titledGender = titleTokens.reduce<Gender>(
    (g, t) => g ?? (MALE_TITLES.has(t.lower) ? 'male' : FEMALE_TITLES.has(t.lower) ? 'female' : null),
    null,
  );
  if (titleTokens.length && !isPlaceOrDate(phrase)) {
    const person = make('person', tokens, titledGender ?? firstNameGender(lowers[0]!));
    // "Indiana State Teachers Association President Keith Gambill" also names the association.
    const orgEnd = titleTokens.findLastIndex((t) => ORG_WORDS.has(t.lower));
    return orgEnd >= 0 ? [{ ...make('organisation', titleTokens.slice(0, orgEnd + 1)), title: null }, person] : [person];
  }
  if (isPlaceOrDate(phrase)) return isPlace(phrase) ? [make('place', tokens)] : null;
  if (tokens.length === 1) {
    if (isPlaceOrDate(last) || isCommonWord(last) || CAPITALISED_FUNCTION_WORDS.has(last)) return null;
    return [make('name', tokens)];
  }
  if (isFirstName(lowers[0]!) && !isPlace(last)) return [make('person', tokens, firstNameGender(lowers[0]!))];
  // Months are first names too ("Jan Hamáček", "April Ryan"); only places rule a run out.
  if (lowers.some((w) => isPlace(w) && !NAME_PARTICLES.has(w))) return null;
  // German capitalises every noun: two capitalised words there are a person only with more evidence.
  if (german || lowers.some((w) => isCommonWord(w) && !NAME_PARTICLES.has(w))) return [make('name', tokens)];
  if (tokens.length <= 5) return [make('person', tokens)];
  return null;
}

function makeMention(text: string, kind: MentionKind, ts: Token[], blockIndex: number, title: string | null, gender: Gender): Mention {
  return {
    kind,
    text: text.slice(ts[0]!.start, ts[ts.length - 1]!.end),
    words: ts.filter((t) => !NAME_SUFFIXES.has(t.lower)).map((t) => t.lower),
    start: ts[0]!.start,
    end: ts[ts.length - 1]!.end,
    blockIndex,
    title,
    gender,
    plural: false,
  };
}

const GROUP_QUALIFIERS = new Set(
  'human rights civil local state federal national environmental opposition conservative progressive liberal religious congressional senior administration government party union trade labour labor indigenous some many other'.split(
    ' ',
  ),
);

function groupsIn(text: string, tokens: Token[], blockIndex: number): Mention[] {
  const found: Mention[] = [];
  const blockText = tokens.length ? text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).toLowerCase() : '';
  const base = tokens[0]?.start ?? 0;
  for (const phrase of GROUP_PHRASES) {
    for (let at = blockText.indexOf(phrase); at >= 0; at = blockText.indexOf(phrase, at + phrase.length)) {
      const start = base + at;
      const end = start + phrase.length;
      const words = phrase.replace(/^the /, '').split(' ');
      found.push({ kind: 'group', text: text.slice(start, end), words, start, end, blockIndex, title: null, gender: null, plural: true });
    }
  }
  found.push(...bodiesByNationality(text, tokens, blockIndex));
  tokens.forEach((t, i) => {
    if (!GROUP_NOUNS.has(t.lower)) return;
    // Take qualifiers in front: nationalities, parties, "human rights".
    let k = i;
    while (k > 0 && i - k < 3) {
      const q = tokens[k - 1]!;
      if (text.slice(q.end, tokens[k]!.start) !== ' ') break;
      if (isDemonym(q.lower) || GROUP_QUALIFIERS.has(q.lower)) k--;
      else break;
    }
    const qualifiers = tokens.slice(k, i).filter((q) => !['some', 'many', 'other'].includes(q.lower));
    if (GENERIC_GROUP_NOUNS.has(t.lower) && !qualifiers.length) return;
    const words = [...qualifiers, t];
    found.push({
      kind: 'group',
      text: text.slice(words[0]!.start, t.end),
      words: words.map((w) => w.lower),
      start: words[0]!.start,
      end: t.end,
      blockIndex,
      title: null,
      gender: null,
      plural: true,
    });
  });
  return found;
}

/** "the French foreign ministry", "the Belgian government": a body named by nationality and function. */
function bodiesByNationality(text: string, tokens: Token[], blockIndex: number): Mention[] {
  const found: Mention[] = [];
  tokens.forEach((t, i) => {
    if (t.capitalised || !ORG_WORDS.has(t.lower)) return;
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      const q = tokens[k]!;
      if (text.slice(q.end, tokens[k + 1]!.start) !== ' ') return;
      if (q.capitalised && isDemonym(q.lower)) {
        found.push(makeMention(text, 'organisation', tokens.slice(k, i + 1), blockIndex, null, null));
        return;
      }
      if (q.capitalised) return;
    }
  });
  return found;
}

function pronounsIn(tokens: Token[], blockIndex: number): Mention[] {
  const found: Mention[] = [];
  for (const t of tokens) {
    // French inversion: "a-t-il estimé", "ajoute-t-elle".
    const inverted = /-(il|elle|ils|elles)$/.exec(t.lower);
    const p = PRONOUNS[inverted ? inverted[1]! : t.lower];
    const possessiveGender = GENDERED_POSSESSIVES[t.lower];
    if (!p && !possessiveGender) continue;
    found.push({
      kind: 'pronoun',
      text: t.text,
      words: [t.lower],
      start: t.start,
      end: t.end,
      blockIndex,
      title: null,
      gender: p ? p.gender : (possessiveGender ?? null),
      plural: p?.plural ?? false,
    });
  }
  return found;
}

const ARTICLE_OR_PREPOSITION = /\b(?:the|a|an|of|in|on|at|to|for|from|le|la|les|de|du|des|à|au|en|der|die|das|den|dem|im|am|von|el|los|las|del|o|os|as|do|da|dos|no|na)\s+$/i;

/** "le ministre de la Santé": a capitalised word right after an article or preposition is not a person's name. */
export function followsArticleOrPreposition(text: string, m: Mention): boolean {
  return ARTICLE_OR_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** A pronoun that can be the subject of a reporting verb (not "his", "her"). */
export function isSubjectPronoun(m: Mention): boolean {
  return m.kind === 'pronoun' && !(m.words[0]! in GENDERED_POSSESSIVES);
}
