import { firstNameGender, isCommonWord, isDemonym, isFirstName, isKnownOrganisation, isPlace, isPlaceOrDate, type Gender } from './name-lexicon.ts';
import { followsArticle, followsArticleOrPreposition, makeMention, type Mention, type MentionKind } from './mention.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { type ClosedClass, closedClassFor } from '../lang/closed-class.ts';
import { packCodeOf } from '../lang/index.ts';
import { wordBefore } from '../text/word-before.ts';
import { actorWordsFor, type ActorWords, JOINED_SURNAME_PREFIXES, NAME_PARTICLES, NAME_SUFFIXES, NON_ORG_ACRONYMS } from './vocabulary.ts';

/**
 * Names: runs of capitalised words (with particles and connectors) sorted
 * into people, organisations, places and names not yet known to be anyone.
 */

/** Longest name we accept; longer capitalised runs are headlines or lists. */
const MAX_NAME_TOKENS = 12;

/** Articles after a connector inside a body's name ("for the", "de la", "für die"). */
const BODY_ARTICLES = new Set(['the', 'la', 'le', 'les', "l'", 'el', 'los', 'las', 'o', 'a', 'os', 'as', 'die', 'der', 'das', 'den']);

/** Letters of the longest abbreviated title written with a dot ("Prof.", "Supt."). */
const MAX_ABBREVIATED_TITLE = 5;

const UPPER_ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\d]{2,7}$/u;
/** "VeBo", "KoFa", "WiGeR", "DoJ": short, with a capital inside after a small letter; "NGOs", "IDs" are plurals of common nouns. */
const MIXED_CASE_ACRONYM = /^(?=\p{Lu}\p{Ll}{0,2}\p{Lu})(?!.*\p{Lu}s$)[\p{L}\d]{3,6}$/u;
/** A name particle or surname prefix joined to a capitalised surname: "McAvoy", "DeLuca", "LaHood" (but "DoJ" ends on no word). */
const JOINED_SURNAME = /^(\p{Lu}\p{Ll}{0,3})\p{Lu}\p{Ll}+$/u;
function isAcronym(word: string): boolean {
  return UPPER_ACRONYM.test(word) || (MIXED_CASE_ACRONYM.test(word) && !isJoinedSurname(word));
}

function isJoinedSurname(word: string): boolean {
  const prefix = JOINED_SURNAME.exec(word)?.[1]?.toLowerCase() ?? '';
  return NAME_PARTICLES.has(prefix) || JOINED_SURNAME_PREFIXES.has(prefix);
}

/** Gap between two words of one name: a space, or the dot of an initial or abbreviation ("Walter J. Penrose", "U.S."). */
function joins(text: string, a: Token, b: Token, v: ActorWords): boolean {
  if (a.possessive) return false;
  const gap = text.slice(a.end, b.start);
  if (gap === ' ' || gap === '\u00a0') return true;
  // Only an abbreviated title takes a dot inside a name ("Gov. Kell"); "… so die Ministerin. Ein …" ends a sentence.
  return (gap === '. ' || gap === '.') && (a.text.length === 1 || (v.isTitle(a.lower) && a.text.length <= MAX_ABBREVIATED_TITLE) || NAME_SUFFIXES.has(a.lower));
}

/**
 * After "and": does a name of its own start here ("… and European Union",
 * "Vilanova e ALN", "Harlan and Okafor")? If not, "and" is inside one
 * name ("Customs and Border Protection").
 */
function startsOwnName(tokens: Token[], k: number, before: Token[], v: ActorWords): boolean {
  const first = tokens[k];
  // "… met Harlan and" at the end of a block: nothing follows, so nothing chains.
  if (!first) return true;
  if (isAcronym(first.text) || isFirstName(first.lower) || isPlace(first.lower) || isKnownOrganisation(first.lower)) return true;
  // Two bodies ("Harbour Authority and Tariff Board"), not one ("Department of Health and Human Services").
  const bodyBefore = before.some((t) => v.orgWords.has(t.lower)) && !before.some((t) => v.orgConnectors.has(t.lower) && !t.capitalised);
  for (const t of tokens.slice(k, k + 4)) {
    if (!t.capitalised) break;
    if (v.orgWords.has(t.lower)) return bodyBefore;
  }
  // Two people ("Orla Penhallow and Tiberius Quayle"): a full name on each side, no body in either.
  if (before.length >= 2 && !before.some((t) => v.orgWords.has(t.lower) || v.orgConnectors.has(t.lower))) return true;
  // A lone capitalised word ("Harlan and Okafor"): a name of its own.
  return !tokens[k + 1]?.capitalised;
}

/**
 * "so Holger Kraus", "sagte Jonas Velkamp": two capitalised words not led
 * by an article or preposition are a name (German nouns come with one).
 */
function germanNamePair(text: string, run: Token[], closed: ClosedClass): boolean {
  const first = run[0];
  if (run.length !== 1 || !first || closed.all.has(first.lower)) return false;
  const { word } = wordBefore(text, first.start);
  return !(closed.determiners.has(word) || closed.possessives.has(word) || closed.prepositions.has(word) || closed.coordinators.has(word));
}

function chainsInGerman(run: Token[], next: Token, v: ActorWords): boolean {
  const head = run[0]?.lower ?? '';
  return isFirstName(head) || run.some((t) => v.isTitle(t.lower) || isBodyNoun(t.lower, v)) || v.orgWords.has(next.lower);
}

/** Capitalised, and so is every hyphenated part ("Bellamy-Reyes", not "Walmart-owned"). */
function isCapitalisedWord(t: Token): boolean {
  return t.capitalised && /\p{L}/u.test(t.text) && !/-\p{Ll}/u.test(t.text);
}

/** The names of a block's tokens; `lang` is the article's language, whose closed-class words name nobody. */
export function namesIn(text: string, tokens: Token[], blockIndex: number, lang: string | null): Mention[] {
  const german = packCodeOf(lang) === 'de';
  const closedClass = closedClassFor(lang);
  const closed = closedClass.all;
  const v = actorWordsFor(lang);
  const found: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isCapitalisedWord(first)) {
      i++;
      continue;
    }
    // Extend the run over capitalised words, name particles and organisation connectors.
    const run: Token[] = [first];
    let j = i + 1;
    while (j < tokens.length && run.length < MAX_NAME_TOKENS) {
      const prev = tokens[j - 1];
      const next = tokens[j];
      if (!prev || !next || !joins(text, prev, next, v)) break;
      // "angeklagt ist Jorvin T. Der Mann …": after an initial's full stop, a function word starts a sentence.
      if (prev.text.length === 1 && closed.has(next.lower) && text.charAt(prev.end) === '.') break;
      if (isCapitalisedWord(next)) {
        // German capitalises every noun: only names, titles and organisations chain there.
        if (german && !chainsInGerman(run, next, v) && !germanNamePair(text, run, closedClass)) break;
        run.push(next);
        j++;
        continue;
      }
      // "Odile de la Marnière", "Ursula von der Leyen": up to two particles before the next capitalised word.
      const second = tokens[j + 1];
      const twoParticles = !!second && NAME_PARTICLES.has(next.lower) && NAME_PARTICLES.has(second.lower) && joins(text, next, second, v);
      // "Bureau for the Upper Marshes", "Board on the Fisheries": a body's name runs over a connector and its article.
      const connectorAndArticle =
        !!second &&
        v.orgConnectors.has(next.lower) &&
        !closedClass.coordinators.has(next.lower) &&
        BODY_ARTICLES.has(second.lower) &&
        joins(text, next, second, v) &&
        run.some((t) => v.orgWords.has(t.lower));
      const link = second && (twoParticles || connectorAndArticle) ? [next, second] : [next];
      // A lone article joins words only inside a body's name: "sagte Friedrich Merz der Zeitung" names Merz alone.
      const loneArticle = link.length === 1 && BODY_ARTICLES.has(next.lower) && !run.some((t) => v.orgWords.has(t.lower));
      const after = tokens[j + link.length];
      // "and" joins two names only inside an organisation's name ("Department of Health and Human Services").
      const coordinating = closedClass.coordinators.has(next.lower);
      // "… y la Fundación X", "… and the Y Trust": an article after "and" opens a name of its own.
      const coordinatedArticle = coordinating && link.some((t) => BODY_ARTICLES.has(t.lower));
      const linking =
        !loneArticle &&
        !coordinatedArticle &&
        link.every((t) => NAME_PARTICLES.has(t.lower) || v.orgConnectors.has(t.lower)) &&
        (!coordinating || !startsOwnName(tokens, j + 1, run, v));
      const dateAfter = !!after && closed.has(after.lower); // "Statehouse on Tuesday"
      if (linking && after && !dateAfter && isCapitalisedWord(after) && joins(text, link.at(-1) ?? next, after, v) && !(german && !chainsInGerman(run, after, v))) {
        run.push(...link, after);
        j += link.length + 1;
        continue;
      }
      break;
    }
    // "Assemblée nationale", "Gobierno español": French, Spanish and Portuguese put the adjective of a body's name after it.
    const adjective = tokens[j];
    const bodyAdjective = adjective && !adjective.capitalised && (ROMANCE_ADJECTIVE.test(adjective.lower) || isDemonym(adjective.lower, v));
    // The body noun may follow a sentence-initial article ("El Gobierno español"), which the run also took.
    const bodyNoun = run[run.length - 1] ?? first;
    const bodyAlone = run.every((t) => t === bodyNoun || closed.has(t.lower));
    if (bodyAlone && v.orgWords.has(bodyNoun.lower) && bodyAdjective && joins(text, bodyNoun, adjective, v)) {
      run.push(adjective);
      j++;
    }
    // A run that hit the cap is a headline or a list of names: skip to its end.
    if (run.length < MAX_NAME_TOKENS && !isQuotedTerm(text, run)) {
      const head = tokens[j];
      const body = head && !german && v.bodyAfterName.has(head.lower) && joins(text, run.at(-1) ?? first, head, v) ? head : null;
      const named = body ? namedBody(text, run, body, blockIndex, closed, v) : null;
      const split = named ? null : bodyThenName(text, run, blockIndex, closed, v);
      const person = split ? classifyRun(text, split.name, blockIndex, german, closedClass, v) : null;
      const mention = named ? [named] : split ? [...split.body, ...(person ?? [])] : classifyRun(text, run, blockIndex, german, closedClass, v);
      if (mention) found.push(...mention);
      if (named) j++;
    }
    i = j;
  }
  return found;
}

/** Dubbed "Velvet Vera", the "Glass Palace": a nickname or a title in quotation marks names nobody new. */
function isQuotedTerm(text: string, run: Token[]): boolean {
  const start = run[0]?.start ?? 0;
  const end = run.at(-1)?.end ?? 0;
  return start < end && /["“‘«„»]/.test(text.charAt(start - 1)) && /^[.,]?["”’»«“]/.test(text.slice(end, end + 2));
}


const ROMANCE_ADJECTIVE = /(?:ale|al|elle|el|aire|ique|ien|ienne|ais|aise|ano|ana|ino|ina|ense|eiro|eira|ista|ivo|iva|ico|ica|onal|onnel|onnelle)$/;

/** Where the name starts in a capitalised run: after sentence-initial function words, but "New York" keeps its "New". */
function nameStart(run: Token[], closed: ReadonlySet<string>): number {
  const isNewPlace = (t: Token, next: Token | undefined) => t.lower === 'new' && next !== undefined && isPlace(`new ${next.lower}`);
  const start = run.findIndex((t, k) => !closed.has(t.lower) || isNewPlace(t, run[k + 1]));
  return start < 0 ? run.length : start;
}

function namedBody(text: string, run: Token[], head: Token, blockIndex: number, closed: ReadonlySet<string>, v: ActorWords): Mention | null {
  const from = nameStart(run, closed);
  const name = run.slice(from);
  if (!name.length || name.some((t) => v.orgWords.has(t.lower))) return null;
  // "a Commission spokesperson": the body is the name before the spokesperson.
  if (v.spokespersons.has(head.lower)) return makeMention(text, 'organisation', name, blockIndex, null, null);
  return makeMention(text, 'organisation', [...name, head], blockIndex, null, null);
}

/** "Jorvin T.", as court and police stories name people: a given name and the initial of the surname. */
function isNameAndInitial(text: string, tokens: Token[], closed: ReadonlySet<string>): boolean {
  const [given, initial] = tokens;
  if (tokens.length !== 2 || !given || !initial) return false;
  if (given.text.length < 2 || closed.has(given.lower) || isCommonWord(given.lower) || isPlaceOrDate(given.lower)) return false;
  return /^\p{Lu}$/u.test(initial.text) && text.charAt(initial.end) === '.';
}

/** Words between a role noun and a body's name: "diputado de la", "member of the", "Sprecherin der". */
const ROLE_TO_BODY = new Set([...BODY_ARTICLES, 'of', 'de', 'del', 'da', 'do', 'das', 'dos', 'der', 'des', 'du', 'von', 'vom']);
/** Words of a body's name in front of a person's name; a lone word there is a portfolio ("de Hacienda"), not a body. */
const MIN_BODY_WORDS = 2;

/** Right after "<role noun> of|de|der (the)": "El diputado de ▮Acción Ribereña Xandru Peláez". */
function followsRoleAndConnector(text: string, first: Token, v: ActorWords): boolean {
  return roleNounBefore(text, first.start, v) !== null;
}

/** The role noun whose complement starts at `start` ("la directora del ▮Puerto Viejo" → "directora"), or null. */
export function roleNounBefore(text: string, start: number, v: ActorWords): string | null {
  const before = tokenize(text, Math.max(0, start - 40), start);
  let k = before.length - 1;
  if (!ROLE_TO_BODY.has(before[k]?.lower ?? '')) return null;
  while (k >= 0 && ROLE_TO_BODY.has(before[k]?.lower ?? '')) k--;
  const role = before[k]?.lower;
  return role && v.roleNouns.has(role) ? role : null;
}

/**
 * "El diputado de Acción Ribereña Xandru Peláez", "member of the Green Alliance Tomas Vey": a role's body, then the
 * person. The person starts at a known first name, else is the last two words; the body stands on its own.
 */
function bodyThenName(text: string, run: Token[], blockIndex: number, closed: ReadonlySet<string>, v: ActorWords): { body: Mention[]; name: Token[] } | null {
  const from = nameStart(run, closed);
  const words = run.slice(from);
  const opening = words[0];
  if (words.length < MIN_BODY_WORDS + 1 || !opening || !followsRoleAndConnector(text, opening, v)) return null;
  if (words.some((t) => v.isTitle(t.lower))) return null;
  const firstName = words.findIndex((t, k) => k > 0 && t.capitalised && isFirstName(t.lower));
  const nameFrom = firstName > 0 ? firstName : words.length - 2;
  const name = words.slice(nameFrom);
  if (name.length < 2 || name.some((t) => !t.capitalised || v.orgWords.has(t.lower) || isPlace(t.lower))) return null;
  const bodyEnd = words.slice(0, nameFrom).findLastIndex((t) => t.capitalised);
  const body = words.slice(0, bodyEnd + 1);
  const isBody = body.length >= MIN_BODY_WORDS || (body.length === 1 && isAcronym(body[0]?.text ?? ''));
  return { body: isBody ? [makeMention(text, 'organisation', body, blockIndex, null, null)] : [], name };
}

/** "Lin Baowen of China", "Ana Ruiz de Colombia": a name of two words or more, then the place the person is of. */
function withoutPlaceOfOrigin(tokens: Token[], v: ActorWords): Token[] {
  const of = tokens.findIndex((t, k) => k >= 2 && !t.capitalised && v.orgConnectors.has(t.lower));
  if (of < 0 || tokens.some((t) => v.orgWords.has(t.lower))) return tokens;
  const place = tokens.slice(of + 1).map((t) => t.lower).join(' ');
  return place && isPlace(place) ? tokens.slice(0, of) : tokens;
}

/**
 * "der Rüstungskonzern Halvoren", "des Branchenverbands Netzkreis": German names a body after the kind of body it
 * is; the body is the name that follows (one or two words with no body word of their own).
 */
function namedAfterBodyNoun(tokens: Token[], v: ActorWords): Token[] | null {
  const [kind, ...name] = tokens;
  if (!kind || !name.length || name.length > 2 || !isBodyNoun(kind.lower, v)) return null;
  return name.every((t) => t.capitalised && !isBodyNoun(t.lower, v) && !v.isTitle(t.lower)) ? name : null;
}

/** A body word, also in the genitive ("Verbands", "Konzernes"). */
function isBodyNoun(lower: string, v: ActorWords): boolean {
  return v.orgWords.has(lower) || v.orgWords.has(lower.replace(/e?s$/, ''));
}

function classifyRun(text: string, run: Token[], blockIndex: number, german: boolean, closedClass: ClosedClass, v: ActorWords): Mention[] | null {
  const closed = closedClass.all;
  const from = nameStart(run, closed);
  // "Secretary of Trade Wendel Sorrow", "Valdoria Senate Leader Pim Okafor": the name follows the last title.
  let titleEnd = -1;
  run.forEach((t, k) => {
    const next = run[k + 1];
    if (k >= from && next && v.isTitle(t.lower) && (t.text.length > 1 || k === from) && !v.orgWords.has(next.lower)) titleEnd = k;
  });
  let nameFrom = titleEnd >= 0 ? titleEnd + 1 : from;
  // "Secretary of Trade Wendel Sorrow": the title's complement is not part of the name.
  if (titleEnd >= 0 && v.orgConnectors.has(run[nameFrom]?.lower ?? '')) {
    if (nameFrom + 3 < run.length || isFirstName(run[nameFrom + 2]?.lower ?? '')) {
      titleEnd = nameFrom + 1;
      nameFrom += 2;
    } else {
      // "Northern League Commissioner for Water Rights": an office, which speaks like a body.
      return [makeMention(text, 'organisation', run.slice(from), blockIndex, null, null)];
    }
  }
  // "ministre des Forêts Odile Varenne": a name starts at its first name.
  if (!isFirstName(run[nameFrom]?.lower ?? '')) {
    const firstName = run.findIndex((t, k) => k > nameFrom && k < run.length - 1 && isFirstName(t.lower) && t.capitalised);
    if (firstName >= 0) nameFrom = firstName;
  }
  // "d'Elvenport Ivo Kastrel", "de l'Agriculture Mila Dorsan", "PNV Agathe de la Ferronnière": a place, body or party before a name.
  const leading = run[nameFrom];
  const bodyName = run.some((t) => v.orgWords.has(t.lower));
  const personNext = run[nameFrom + 1];
  // Right after a definite article the word is a noun, whatever first name follows ("l'Etat Jana Kovalik").
  const ledByNoun = leading && followsArticle(text, leading.start, closedClass) && !isFirstName(leading.lower);
  if (
    leading &&
    !bodyName &&
    run.length - nameFrom >= 3 &&
    personNext?.capitalised &&
    (ledByNoun || (isFirstName(personNext.lower) && (isAcronym(leading.text) || followsArticleOrPreposition(text, leading, closedClass))))
  )
    nameFrom++;
  let tokens = run.slice(nameFrom);
  // A name starts on a name word: "de Hacienda" left over from a title's complement names "Hacienda".
  const nameWord = tokens.findIndex((t) => t.capitalised);
  tokens = tokens.slice(nameWord < 0 ? Math.max(0, tokens.length - 1) : nameWord);
  // A name ends on a name word, not on a connector or article ("Congress of the" → "Congress").
  const trailing = (t: Token) => !t.capitalised && (v.orgConnectors.has(t.lower) || closed.has(t.lower));
  tokens = tokens.slice(0, tokens.findLastIndex((t) => !trailing(t)) + 1);
  tokens = withoutPlaceOfOrigin(tokens, v);
  if (!tokens.length) return null;
  const descriptor = german ? namedAfterBodyNoun(tokens, v) : null;
  if (descriptor) return [makeMention(text, 'organisation', descriptor, blockIndex, null, null)];
  const titleTokens = titleEnd >= 0 ? run.slice(from, titleEnd + 1) : [];
  const titleStart = titleTokens[0];
  const titleLast = titleTokens.at(-1);
  const title = titleStart && titleLast ? text.slice(titleStart.start, titleLast.end) : null;
  const make = (kind: MentionKind, ts: Token[], gender: Gender = null): Mention => makeMention(text, kind, ts, blockIndex, title, gender);

  const lowers = tokens.map((t) => t.lower);
  const firstWord = lowers[0] ?? '';
  const last = lowers.at(-1) ?? '';
  if (v.groupNouns.has(last) && lowers.slice(0, -1).every((w) => isDemonym(w, v) || v.groupQualifiers.has(w) || v.partyAdjectives.has(w))) {
    return null; // "Assembly Republicans", "Critics": left to the group finder.
  }
  if (tokens.every((t) => t.text.length === 1)) return null; // "U.S.", "U.N.": places and initials
  if (tokens.length > 1 && tokens.every((t) => t.text === t.text.toUpperCase())) return null; // "CONTINUA DEPOIS DA PUBLICIDADE"
  if (tokens.length === 1 && isAcronym(tokens[0]?.text ?? '')) {
    if (isPlace(last)) return null; // "LONDON —": a dateline
    return NON_ORG_ACRONYMS.has(last) ? null : [make('organisation', tokens)];
  }
  const phrase = lowers.join(' ');
  if (lowers.some((w) => v.orgWords.has(w)) || isKnownOrganisation(phrase)) return [make('organisation', tokens)];
  // "Nurses for Harbour Safety", "Council on Foreign Relations": people's names have no "for" or "on".
  if (tokens.some((t) => !t.capitalised && v.orgConnectors.has(t.lower) && !NAME_PARTICLES.has(t.lower) && !closedClass.coordinators.has(t.lower))) {
    return [make('organisation', tokens)];
  }
  const titledGender = titleTokens.reduce<Gender>(
    (g, t) => g ?? (v.maleTitles.has(t.lower) ? 'male' : v.femaleTitles.has(t.lower) ? 'female' : null),
    null,
  );
  // "Office of Inspector General": titles all the way down name an office, not a person.
  if (titleTokens.length && tokens.every((t) => v.isTitle(t.lower))) return [make('organisation', run.slice(from))];
  if (titleTokens.length && !isPlaceOrDate(phrase)) {
    const person = make('person', tokens, titledGender ?? firstNameGender(firstWord));
    // "Valdoria State Nurses Guild President Hollis Brandt" also names the association.
    const orgEnd = titleTokens.findLastIndex((t) => v.orgWords.has(t.lower));
    return orgEnd >= 0 ? [{ ...make('organisation', titleTokens.slice(0, orgEnd + 1)), title: null }, person] : [person];
  }
  if (isPlaceOrDate(phrase)) return isPlace(phrase) ? [make('place', tokens)] : null;
  if (tokens.length === 1) {
    // "Sprecher", "Minister": a lone title or office names nobody.
    if (isPlaceOrDate(last) || isCommonWord(last) || closed.has(last) || v.isTitle(last) || v.roleNouns.has(last)) return null;
    return [make('name', tokens)];
  }
  // "von dem Tod Ottos": after an article, even a first name ("Tod") starts a noun phrase.
  const opening = tokens[0];
  if (german && !titleTokens.length && opening && followsArticle(text, opening.start, closedClass)) return [make('name', tokens)];
  if (isFirstName(firstWord) && !isPlace(last)) return [make('person', tokens, firstNameGender(firstWord))];
  if (isNameAndInitial(text, tokens, closed)) return [make('person', tokens)];
  // Months are first names too ("Jan Vršovec", "April Dunmore"); only places rule a run out.
  if (lowers.some((w) => isPlace(w) && !NAME_PARTICLES.has(w))) return null;
  // German capitalises every noun: two capitalised words there are a person only with more evidence.
  if (german || lowers.some((w) => isCommonWord(w) && !NAME_PARTICLES.has(w))) return [make('name', tokens)];
  // "Criminal Code", "Código Penal": a work, a law or an event is nobody, unless a speech verb later says otherwise.
  if (lowers.some((w) => v.isNonActorWord(w))) return [make('name', tokens)];
  if (tokens.length <= 5) return [make('person', tokens)];
  return null;
}
