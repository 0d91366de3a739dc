import type { ActorIndex } from './actors-index.ts';
import { isReportingVerb } from './reporting-verbs.ts';
import { tokenize } from './tokens.ts';
import { ROLE_NOUNS } from './vocabulary.ts';

const MAX_ROLE_CHARS = 90;
const MAX_PRE_ROLE_WORDS = 5;
/** Words of a role's complement between the role and the name ("chef de l'Etat", "minister of Health"). */
const MAX_COMPLEMENT_WORDS = 4;
const ROLE_COMPLEMENT_LINKS = new Set(["of", 'de', 'du', 'des', "l'", "l’", 'la', 'le', 'del', 'da', 'do', 'der', 'des']);

/** Lower-case words that may qualify a role written before a name ("former press secretary"). */
const ROLE_MODIFIERS = new Set(
  'former senior deputy press foreign interior justice health defence defense finance state federal national top acting interim chief executive vice general assistant associate local regional public prime trade'.split(' '),
);
const CLAUSE_OPENERS = new Set('is was are were has have had will would could should can may might must did does do est était ont sera ist war hat hatte fue ha era foi tem'.split(' '));
const APPOSITION_OPENERS = /^(?:a|an|the|un|une|le|la|l'|el|o|der|die|das|ein|eine|former|then)\s/i;

const rolesCache = new WeakMap<ActorIndex, { actorCount: number; roles: Map<number, string> }>();

/** The role the article gives each person actor (by actor index): apposition, title, or role before the name. */
export function findRoles(index: ActorIndex): Map<number, string> {
  const cached = rolesCache.get(index);
  // Actors added since (a lone name found to speak) need their roles too.
  if (cached && cached.actorCount === index.actors.length) return cached.roles;
  const roles = new Map<number, string>();
  rolesCache.set(index, { actorCount: index.actors.length, roles });
  const { mentions, text } = index;
  mentions.forEach((m, mi) => {
    const ai = index.actorOf[mi]!;
    if (ai < 0 || roles.has(ai) || index.actors[ai]!.kind !== 'person') return;
    const role = appositionAfter(text, m.end) ?? roleBefore(text, m.start) ?? m.title;
    if (role) roles.set(ai, role);
  });
  return roles;
}

/** "Maxime Prévot, a Belgian official," / "X, the president of Y," → "Belgian official", "president of Y". */
function appositionAfter(text: string, end: number): string | null {
  if (!text.startsWith(', ', end)) return null;
  const rest = text.slice(end + 2, end + 2 + MAX_ROLE_CHARS);
  // The apposition runs to the next comma, semicolon, bracket, quote mark or sentence end.
  const stop = rest.search(/[,;()“”"«»]|\.\s|\.$/);
  if (stop <= 0) return null;
  const phrase = rest.slice(0, stop).trim();
  const tokens = tokenize(phrase);
  if (!tokens.length || tokens.length > 14) return null;
  if (tokens.some((t) => isReportingVerb(t.lower) || t.lower === 'who' || t.lower === 'which')) return null;
  // ", is acting as a middle-man …" is a clause, not an apposition.
  if (CLAUSE_OPENERS.has(tokens[0]!.lower)) return null;
  const hasRole = tokens.some((t) => ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower.replace(/s$/, '')));
  if (!hasRole) return null;
  if (!APPOSITION_OPENERS.test(phrase) && !/^\p{Ll}/u.test(phrase) && !ROLE_NOUNS.has(tokens[0]!.lower)) return null;
  return phrase.replace(APPOSITION_OPENERS, '').trim();
}

/** "Belgian official Maxime Prévot", "White House press secretary Josh Earnest" → the words before the name. */
function roleBefore(text: string, start: number): string | null {
  const tokens = tokenize(text, Math.max(0, start - 80), start);
  // "la députée UMP Laure de la Raudière": the party stands between role and name.
  const last = tokens[tokens.length - 1];
  if (last && /^\p{Lu}{2,6}$/u.test(last.text) && text.slice(last.end, start) === ' ') {
    tokens.pop();
    start = last.start;
  }
  // The role noun: right before the name, or before its complement ("chef de l'Etat Miloš Zeman", "Secretary of State").
  let r = tokens.length - 1;
  while (r >= 0 && tokens.length - r <= MAX_COMPLEMENT_WORDS && !ROLE_NOUNS.has(tokens[r]!.lower)) {
    const t = tokens[r]!;
    if (!(t.capitalised || ROLE_COMPLEMENT_LINKS.has(t.lower))) return null;
    r--;
  }
  if (r < 0 || !ROLE_NOUNS.has(tokens[r]!.lower)) return null;
  if (/[,;:.!?"“”«»()]/.test(text.slice(tokens[r]!.end, start))) return null;
  let k = r;
  while (k > 0 && r - k < MAX_PRE_ROLE_WORDS) {
    const t = tokens[k - 1]!;
    if (text.slice(t.end, tokens[k]!.start) !== ' ') break;
    if (t.capitalised || ROLE_MODIFIERS.has(t.lower) || ROLE_NOUNS.has(t.lower)) k--;
    else break;
  }
  const first = tokens[k]!;
  return text.slice(first.start, tokens[tokens.length - 1]!.end).replace(/^(?:The|A|An)\s/, '');
}
