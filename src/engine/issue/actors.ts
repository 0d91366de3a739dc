/**
 * The article's actors as the issue stage sees them: the words of each name
 * and what it names. A headline names people and bodies who react ("X
 * admits…") beside the place a measure is for ("…in Westmarch"); a name word
 * gets features saying which, and the fitted word model decides what each is
 * worth. (Whether the actor speaks was a feature too: trainer CV issue F1
 * over three splits was 0.407 with it and without it, so it went.)
 */
import type { ActorIndex } from '../actors/actors-index.ts';
import { issueContentWords } from '../../shared/issue-words.ts';

export interface IssueActor {
  /** The content words of its name and other name forms, folded as the issue is scored ("Ilka Brandt" → ilka, brandt). */
  keys: string[];
  /** A person or organisation, not a place or a group ("critics"). */
  named: boolean;
  place: boolean;
}

/** Every actor of the index, places included (the index keeps them for when they speak). */
export function issueActorsOf(index: ActorIndex): IssueActor[] {
  return index.actors.map((actor) => ({
    keys: [...new Set([actor.name, ...actor.aliases].flatMap((name) => [...issueContentWords(name)]))],
    named: !actor.place && actor.kind !== 'group',
    place: actor.place,
  }));
}
