import type { ActorIndex } from './actors-index.ts';
import type { ClosedClass } from '../lang/closed-class.ts';
import { reportingFor } from '../lang/reporting.ts';
import { type Token, tokenize } from '../text/tokens.ts';
import { actorWordsFor, type ActorWords } from './vocabulary.ts';

const MAX_ROLE_CHARS = 120;
const MAX_ROLE_WORDS = 14;
const MAX_PRE_ROLE_WORDS = 5;
/** Words of a role's complement between the role and the name ("chef de l'Etat", "minister of Health"). */
const MAX_COMPLEMENT_WORDS = 6;

const rolesCache = new WeakMap<ActorIndex, { actorCount: number; roles: Map<number, string> }>();

/** The role the article gives each person actor (by actor index): apposition, title, or role before the name. */
export function findRoles(index: ActorIndex): Map<number, string> {
  const cached = rolesCache.get(index);
  // Actors added since (a lone name found to speak) need their roles too.
  if (cached && cached.actorCount === index.actors.length) return cached.roles;
  const roles = new Map<number, string>();
  rolesCache.set(index, { actorCount: index.actors.length, roles });
  const { mentions, text } = index;
  const { verbs } = reportingFor(index.lang);
  const v = actorWordsFor(index.lang);
  mentions.forEach((m, mi) => {
    const ai = index.actorOf[mi] ?? -1;
    if (roles.has(ai) || index.actors[ai]?.kind !== 'person') return;
    const role = appositionAfter(text, m.end, verbs, v, index.closed) ?? roleBefore(text, m.start, m.end, v, index.closed) ?? m.title;
    if (role && !v.honorifics.has(role.toLowerCase().replace(/\.$/, ''))) roles.set(ai, withAbbreviationStop(role, v));
  });
  return roles;
}

/** "Maxime Prévot, a Belgian official," / "X, the president of Y," → "Belgian official", "president of Y". */
function appositionAfter(text: string, end: number, reportingVerbs: ReadonlySet<string>, v: ActorWords, closed: ClosedClass): string | null {
  if (!text.startsWith(', ', end)) return null;
  const rest = text.slice(end + 2, end + 2 + MAX_ROLE_CHARS);
  // The apposition runs to the next comma, semicolon, bracket, quote mark or sentence end ("U.S. envoy" is not one).
  const stop = rest.search(/[,;()“”"«»]|(?<!(?:^|[^\p{L}])\p{Lu})\.(?:\s|$)/u);
  if (stop <= 0) return null;
  let phrase = rest.slice(0, stop).trim();
  // ", as well as the director …" adds another person: what follows is theirs, not a role of this one.
  if (closed.startsWithListLink.test(phrase)) return null;
  let tokens = tokenize(phrase);
  // A relative clause ends the role: "a senator who voted against" is a senator. A relative that is also an
  // article (German "der", "die") opens a clause only after a comma, which already ended the apposition.
  const relative = tokens.findIndex((t) => closed.relatives.has(t.lower) && !closed.articles.has(t.lower));
  if (relative === 0) return null;
  const relativeWord = tokens[relative];
  if (relativeWord) {
    phrase = phrase.slice(0, relativeWord.start).trim();
    tokens = tokens.slice(0, relative);
  }
  // "deputy head of X and a onetime trade envoy to Y": a long role keeps its first office.
  const coordinated = tokens.findIndex((t, i) => i > 0 && closed.coordinators.has(t.lower));
  const coordinator = tokens[coordinated];
  if (tokens.length > MAX_ROLE_WORDS && coordinator) {
    phrase = phrase.slice(0, coordinator.start).trim();
    tokens = tokens.slice(0, coordinated);
  }
  const opening = tokens[0]?.lower;
  if (opening === undefined || tokens.length > MAX_ROLE_WORDS) return null;
  if (tokens.some((t) => reportingVerbs.has(t.lower))) return null;
  // ", acts as a go-between …" is a clause, not an apposition.
  if (closed.auxiliaries.has(opening)) return null;
  const hasRole = tokens.some((t) => v.roleNouns.has(t.lower) || v.roleNouns.has(t.lower.replace(/s$/, '')));
  if (!hasRole) return null;
  if (!closed.articles.has(opening) && !/^\p{Ll}/u.test(phrase) && !v.roleNouns.has(opening) && !v.roleModifiers.has(opening)) return null;
  return withoutLeadingArticle(phrase, closed);
}

/** "Valdorian official Pim Okafor", "harbour board spokesman Ned Carrow", "the minister, X," → the words before the name. */
function roleBefore(text: string, start: number, end: number, v: ActorWords, closed: ClosedClass): string | null {
  // "la ministre des Forêts, Odile Varenne, a estimé": the name set off by commas after its role.
  if (text.slice(start - 2, start) === ', ' && text.startsWith(',', end)) {
    start -= 2;
    // "die Leiterin der Landesanstalt für Wasser (LW), Greta Holm,": the body's acronym is no part of the role.
    const acronym = /\s\(\p{Lu}{2,8}\)$/u.exec(text.slice(Math.max(0, start - 12), start));
    if (acronym) start -= acronym[0].length;
  }
  const tokens = tokenize(text, Math.max(0, start - 80), start);
  // "le sénateur PNV Agathe de la Ferronnière": the party stands between role and name.
  const last = tokens[tokens.length - 1];
  if (last && /^\p{Lu}{2,6}$/u.test(last.text) && text.slice(last.end, start) === ' ') {
    tokens.pop();
    start = last.start;
  }
  // The role noun: right before the name, or before its complement ("chef du port Ivo Kastrel", "Secretary of Trade").
  const r = tokens.findLastIndex((t) => v.roleNouns.has(t.lower));
  const role = tokens[r];
  if (!role || tokens.length - r > MAX_COMPLEMENT_WORDS) return null;
  const complementWord = (t: Token) => t.capitalised || closed.articles.has(t.lower) || closed.prepositions.has(t.lower);
  if (!tokens.slice(r + 1).every(complementWord)) return null;
  if (/[,;:.!?"“”«»()]/.test(text.slice(role.end, start))) return null;
  // Words that qualify the role right before it ("harbour board spokesman"), joined by single spaces.
  let first = role;
  for (let k = r - 1; k >= 0 && r - k <= MAX_PRE_ROLE_WORDS; k--) {
    const t = tokens[k];
    if (!t || text.slice(t.end, first.start) !== ' ' || !(t.capitalised || v.roleModifiers.has(t.lower) || v.roleNouns.has(t.lower))) break;
    first = t;
  }
  return withoutLeadingArticle(text.slice(first.start, tokens.at(-1)?.end ?? role.end), closed);
}

/** "Le ministre de l'Intérieur", "El presidente": the role without its article. */
function withoutLeadingArticle(role: string, closed: ClosedClass): string {
  const [first, second] = tokenize(role);
  return first && second && closed.articles.has(first.lower) ? role.slice(second.start).trim() : role.trim();
}

/** "Republican Gov" → "Republican Gov.": tokens drop the abbreviation's full stop. */
function withAbbreviationStop(role: string, v: ActorWords): string {
  const last = role.match(/(\p{L}+)$/u)?.[1]?.toLowerCase();
  return last && v.abbreviatedTitles.has(last) ? `${role}.` : role;
}
