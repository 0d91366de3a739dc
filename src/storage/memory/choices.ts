/**
 * The reader's hand corrections to actor identity, kept in their own table
 * (and in the backup copy): applied by `identifyActors` after its own rules.
 */
import type { ActorChoice } from '../../shared/actors/identity.ts';
import type { PolicyLensDb } from '../db.ts';

const newChoiceId = () => `choice-${crypto.randomUUID()}`;

/** Make the actors known under these two names one actor (any name form of each will do). */
export async function mergeActors(db: PolicyLensDb, nameA: string, nameB: string, now = Date.now()): Promise<ActorChoice> {
  const choice: ActorChoice = { id: newChoiceId(), at: now, kind: 'merge', names: [nameA, nameB] };
  await db.actorChoices.add(choice);
  return choice;
}

/** Take every mention under this name form out of its actor, into an actor of its own. */
export async function splitActor(db: PolicyLensDb, name: string, now = Date.now()): Promise<ActorChoice> {
  const choice: ActorChoice = { id: newChoiceId(), at: now, kind: 'split', name };
  await db.actorChoices.add(choice);
  return choice;
}

/** Undo one choice. */
export function forgetActorChoice(db: PolicyLensDb, id: string): Promise<void> {
  return db.actorChoices.delete(id);
}

/** Every choice, oldest first. */
export function actorChoices(db: PolicyLensDb): Promise<ActorChoice[]> {
  return db.actorChoices.orderBy('at').toArray();
}
