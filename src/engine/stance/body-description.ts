/**
 * "The association criticised the levy", "das Unternehmen lehnt den Plan ab",
 * "l'entreprise a rejeté …": a definite description of a body as a cue's
 * subject stands for the organisation last named. A looser link than a name,
 * so the cues it carries reach the actor as a source of their own, weighed by
 * the fitted stance model.
 */
import type { ActorIndex } from '../actors/actors-index.ts';
import { followsPreposition } from '../actors/mention.ts';
import { resolveBody } from '../actors/pronouns.ts';
import { actorWordsFor } from '../actors/vocabulary.ts';
import { firstStartingAtOrAfter } from '../text/offsets.ts';
import { type Token, tokenize } from '../text/tokens.ts';

/** Words a description may have between its determiner and its noun ("the national ferry association"). */
const DESCRIPTION_WORDS = 3;

export interface BodyDescription {
  start: number;
  end: number;
}

/**
 * The last definite description of a body between `from` and `to` that is no
 * preposition's object and no part of a name ("the Ferry Association" is a name).
 */
export function lastBodyDescription(index: ActorIndex, from: number, to: number): BodyDescription | null {
  const tokens = tokenize(index.text, from, to);
  const isBody = bodyNounTest(index);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const noun = tokens[i];
    // "the company's chief": the body owns the subject, it is not the subject.
    if (!noun || noun.possessive) continue;
    if (!isBody(noun.lower)) continue;
    const opener = openerBefore(index, tokens, i);
    const first = tokens[opener];
    if (opener < 0 || !first || followsPreposition(index.text, first, index.closed, from)) continue;
    if (!insideName(index, noun.start)) return { start: first.start, end: noun.end };
  }
  return null;
}

/** The organisation a description stands for (the body last named before it), or −1. */
export function bodyDescribed(index: ActorIndex, description: BodyDescription): number {
  return resolveBody(index, description.start);
}

function bodyNounTest(index: ActorIndex): (word: string) => boolean {
  const { bodyReferences } = actorWordsFor(index.lang);
  // German compounds name their kind last: "die Bundesregierung" is "die Regierung".
  const suffixes = index.german ? [...bodyReferences] : [];
  return (word) => bodyReferences.has(word) || suffixes.some((ref) => word.length > ref.length + 2 && word.endsWith(ref));
}

/** The index of the determiner opening the noun phrase that ends at token `i`, within a few lower-case words, or −1. */
function openerBefore(index: ActorIndex, tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= DESCRIPTION_WORDS; k--) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t || !next || /[^\s-]/.test(index.text.slice(t.end, next.start))) return -1;
    if (index.closed.definite.has(t.lower)) return k;
  }
  return -1;
}

/** Is the word at `offset` part of a name ("the Ferry Association")? */
function insideName(index: ActorIndex, offset: number): boolean {
  const m = index.mentions[firstStartingAtOrAfter(index.mentions, offset + 1) - 1];
  return !!m && m.kind !== 'pronoun' && m.end > offset;
}
