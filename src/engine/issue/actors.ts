/**
 * The article's actors as the issue stage sees them: the words of each name
 * and whether it names a place. A headline names the place a measure is for
 * ("…in Westmarch") beside people and bodies who react ("X admits…"); a word
 * of a place's name gets a feature saying so, and the fitted word model
 * decides what that is worth. (Whether the word is part of a person's or
 * body's name, and whether that actor speaks, were features too: trainer CV
 * issue F1 over three splits was 0.407 with them and without them, and the
 * eval's ablation found no change either, so they went.)
 */
import type { ActorIndex } from '../actors/actors-index.ts';
import { issueContentWords } from '../../shared/issue-words.ts';

export interface IssueActor {
  /** The content words of its name and other name forms, folded as the issue is scored ("Ilka Brandt" → ilka, brandt). */
  keys: string[];
  place: boolean;
}

/** Every actor of the index, places included (the index keeps them for when they speak). */
export function issueActorsOf(index: ActorIndex): IssueActor[] {
  return index.actors.map((actor) => ({
    keys: [...new Set([actor.name, ...actor.aliases].flatMap((name) => [...issueContentWords(name)]))],
    place: actor.place,
  }));
}
