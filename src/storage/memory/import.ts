/** Importing memory from a JSON export: remembered articles merged by `updatedAt` with their mentions rebuilt, choices added by id (the People directory picks them up on its next refresh). */
import { issueContentWords } from '../../shared/issue-words.ts';
import type { ActorChoiceRecord, PolicyLensDb, RememberedArticle } from '../db.ts';
import { planMerge } from '../merge.ts';
import type { MergePlan } from '../merge.ts';
import { markPeopleStale } from './people-directory.ts';
import { inMemoryTransaction, mentionsOf } from './remember.ts';

export function mergeRemembered(db: PolicyLensDb, batch: Omit<RememberedArticle, 'issueWords'>[]): Promise<MergePlan<RememberedArticle>> {
  return inMemoryTransaction(db, async () => {
    const incoming = batch.map((a) => ({ ...a, issueWords: a.issue === null ? [] : [...issueContentWords(a.issue)] }));
    const plan = planMerge(incoming, await db.memory.bulkGet(incoming.map((a) => a.key)));
    const keys = plan.write.map((a) => a.key);
    await db.mentions.where('articleKey').anyOf(keys).delete();
    await db.memory.bulkPut(plan.write);
    await db.mentions.bulkPut(plan.write.flatMap(mentionsOf));
    // Actors are regrouped once, on the next refresh, rather than batch by batch.
    if (plan.write.length > 0) await markPeopleStale(db);
    return plan;
  });
}

/** A choice is never edited: one the database lacks is added, one it has is left as it is. */
export async function mergeActorChoices(db: PolicyLensDb, batch: ActorChoiceRecord[]): Promise<MergePlan<ActorChoiceRecord>> {
  const stored = new Set(await db.actorChoices.where('id').anyOf(batch.map((c) => c.id)).primaryKeys());
  const write = batch.filter((c) => !stored.has(c.id));
  await db.actorChoices.bulkPut(write);
  return { write, added: write.length, updated: 0, restored: 0, unchanged: batch.length - write.length };
}
