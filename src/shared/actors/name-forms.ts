/**
 * One mention's name reduced to what identifies its actor: a person's name
 * without the titles and roles in front of it ("Belgian Foreign Minister
 * Maxime Prévot" → "Maxime Prévot"), a body's name without determiners and
 * spokesperson forms ("a Commission spokesperson" → "Commission"). Pure, so
 * the identity rules and the storage index read names the same way.
 */
import { isTitle, NAME_PARTICLES, ORG_WORDS, ROLE_NOUNS, SPOKESPERSON_WORDS } from '../../engine/actors/vocabulary.ts';
import type { ActorKind } from '../../engine/types.ts';

export type NameForm =
  /** `given` is empty when the mention is a surname alone. */
  | { kind: 'person'; display: string; surname: string; given: string[]; stripped: string | null }
  /** `tokens` folded, determiners dropped; `speaksFor` when the mention is someone speaking for the body. */
  | { kind: 'body'; display: string; tokens: string[]; speaksFor: boolean }
  /** A collective named by a common noun ("critics", "local farmers"): it names no one in particular. */
  | { kind: 'group'; display: string; key: string };

/** Lower case without accents, so "Prevot" and "Prévot" read alike. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const CONNECTORS_AFTER_SPEAKER = new Set(['for', 'of', 'at', 'from', 'to', 'de', 'du', 'des', 'der', 'del', 'da', 'do']);
/** Besides the engine's spokesperson words: people who speak for a body without being named. */
const OFFICIAL_WORDS = new Set(['official', 'officials', 'source', 'sources', 'spokespeople']);

function tokensOf(name: string): string[] {
  return (name.split(',', 1)[0] ?? '')
    .replace(/['’]s\b/gu, '')
    .split(/\s+/u)
    // Elided articles ("l'Union") and stray punctuation are not part of a name.
    .map((t) => t.replace(/^[ld]['’](?=\p{L})/u, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter((t) => t !== '');
}

const bare = (token: string) => fold(token).replace(/\.$/u, '');
/** Articles only: other function words can begin a body's real name ("New …"). */
const DETERMINERS = new Set('the a an le la les un une des der die das den dem ein eine einen el los las una unos unas o os as um uma'.split(' '));
const isDeterminer = (token: string) => DETERMINERS.has(bare(token)) && !/^\p{Lu}{2,}$/u.test(token);
const speaksForWord = (token: string) => SPOKESPERSON_WORDS.has(bare(token)) || OFFICIAL_WORDS.has(bare(token));

/** The body a mention speaks for ("a Commission spokesperson", "an official of the Commission"), or null. */
function speakerForBody(tokens: string[]): string[] | null {
  const at = tokens.findIndex(speaksForWord);
  if (at === -1) return null;
  const after = tokens.slice(at + 1);
  const body = CONNECTORS_AFTER_SPEAKER.has(bare(after[0] ?? '')) ? dropDeterminers(after.slice(1)) : dropDeterminers(tokens.slice(0, at));
  if (!body.some((t) => /^\p{Lu}/u.test(t))) return null;
  // "Belgian officials" are a group, "Commission officials" speak for a body: officials need a body's name in front.
  const official = OFFICIAL_WORDS.has(bare(tokens[at] ?? ''));
  return !official || body.length > 1 || body.some((t) => ORG_WORDS.has(bare(t)) || /^\p{Lu}{2,}$/u.test(t)) ? body : null;
}

function dropDeterminers(tokens: string[]): string[] {
  let start = 0;
  while (start < tokens.length && isDeterminer(tokens[start] ?? '')) start++;
  return tokens.slice(start);
}

/** The trailing run of name words after the last title or role word; null when titles are all there is. */
function personalName(tokens: string[]): { name: string[]; stripped: string | null } {
  let start = tokens.length;
  while (start > 0) {
    const token = tokens[start - 1] ?? '';
    const word = bare(token);
    const isNameWord = /^\p{Lu}/u.test(token) || NAME_PARTICLES.has(word);
    if (!isNameWord || isTitle(word) || ROLE_NOUNS.has(word)) break;
    start--;
  }
  if (start === tokens.length || start === 0) return { name: dropDeterminers(tokens), stripped: null };
  return { name: tokens.slice(start), stripped: tokens.slice(0, start).join(' ') };
}

/**
 * Name forms already read, by kind and name: the same names recur across
 * thousands of mentions, and reading one takes tens of microseconds.
 * Bounded, so a long session cannot grow it without end.
 */
const readForms = new Map<string, NameForm>();
const MAX_READ_FORMS = 50_000;

export function nameFormOf(name: string, kind: ActorKind): NameForm {
  const key = `${kind}\u0000${name}`;
  const known = readForms.get(key);
  if (known) return known;
  if (readForms.size >= MAX_READ_FORMS) readForms.clear();
  const form = readNameForm(name, kind);
  readForms.set(key, form);
  return form;
}

function readNameForm(name: string, kind: ActorKind): NameForm {
  const tokens = tokensOf(name.trim());
  const forBody = speakerForBody(tokens);
  if (forBody) {
    return { kind: 'body', display: forBody.join(' '), tokens: forBody.map(bare), speaksFor: true };
  }
  if (kind === 'group') return { kind: 'group', display: tokens.join(' '), key: tokens.map(bare).join(' ') };
  if (kind === 'organisation') {
    const body = dropDeterminers(tokens);
    return { kind: 'body', display: body.join(' '), tokens: body.map(bare), speaksFor: false };
  }
  const { name: words, stripped } = personalName(tokens);
  const surnameStart = firstSurnameWord(words);
  return {
    kind: 'person',
    display: words.join(' '),
    surname: words.slice(surnameStart).map(bare).join(' '),
    given: words.slice(0, surnameStart).map(bare),
    stripped,
  };
}

/** A surname starts at its particles ("von der Leyen"), else it is the last word. */
function firstSurnameWord(words: string[]): number {
  let start = Math.max(0, words.length - 1);
  while (start > 1 && NAME_PARTICLES.has(bare(words[start - 1] ?? ''))) start--;
  return start;
}

/**
 * The keys under which a mention is indexed, so that every mention its actor
 * could join shares one: a person's surname, a body's first and last words
 * (where a short form's one word sits: "Commission" in "European Commission").
 */
export function identityKeysOf(form: NameForm): string[] {
  if (form.kind === 'person') return [`p:${form.surname}`];
  if (form.kind === 'group') return [`g:${form.key}`];
  const ends = [form.tokens[0], form.tokens[form.tokens.length - 1]].filter((t) => t !== undefined);
  return [...new Set(ends.map((t) => `b:${t}`))];
}
