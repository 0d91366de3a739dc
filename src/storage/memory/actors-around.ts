/**
 * The actors of one article's stakeholders, each with its summary: from the
 * People directory when it is current (a few records, however often each
 * actor was met), else, while it is rebuilt after an upgrade or an import,
 * grouped on the spot from the mentions under the article's own identity
 * keys (a bounded read, nothing written; the rebuild's steps widen it).
 */
import { identifyActors } from '../../shared/actors/identity.ts';
import type { StoredMergeReason } from '../../shared/actors/merge-reasons.ts';
import type { ActorSummaryRecord, MentionRecord, PolicyLensDb, RememberedArticle } from '../db.ts';
import { summaryOf } from './actor-summary.ts';
import { mentionsUnderKeys } from './mentions-by-key.ts';
import { isCurrent, keysWithChoices } from './people-directory.ts';

/** The actor of one stakeholder. */
export interface StakeholderActor {
  id: string;
  /** The actor's shown name (the stakeholder's own for a group named by a common noun). */
  name: string;
  reasons: StoredMergeReason[];
  summary: ActorSummaryRecord;
}

export interface ActorsAround {
  article: RememberedArticle;
  /** The actor of each of the article's stakeholders, by stakeholder index. */
  actorOf: Map<number, StakeholderActor>;
}

/** The tables `actorsAround` reads, so a caller can read on in the same transaction. */
export function aroundTables(db: PolicyLensDb) {
  return [db.memory, db.mentions, db.people, db.peopleState, db.actorChoices, db.actorSummaries];
}

export async function actorsAround(db: PolicyLensDb, articleKey: string): Promise<ActorsAround | null> {
  return db.transaction('r', aroundTables(db), async () => {
    // Side by side: each round of requests waits on a busy machine.
    const [article, own, current] = await Promise.all([db.memory.get(articleKey), db.mentions.where('articleKey').equals(articleKey).toArray(), isCurrent(db)]);
    if (!article) return null;
    const actorOf = current ? await storedActors(db, own) : await provisionalActors(db, own);
    return { article, actorOf };
  });
}

/** From the directory: the article's mentions know their actors; their rows and summaries in one request each, side by side. */
async function storedActors(db: PolicyLensDb, own: MentionRecord[]): Promise<Map<number, StakeholderActor>> {
  const ids = [...new Set(own.flatMap((m) => (m.actorId === undefined ? [] : [m.actorId])))];
  const [rows, summaries] = await Promise.all([db.people.bulkGet(ids), db.actorSummaries.bulkGet(ids)]);
  const actorOf = new Map<number, StakeholderActor>();
  for (const m of own) {
    const at = m.actorId === undefined ? -1 : ids.indexOf(m.actorId);
    const summary = summaries[at];
    if (!summary) continue;
    const row = rows[at];
    actorOf.set(m.index, { id: summary.id, name: row?.name ?? m.name, reasons: row?.reasons ?? [], summary });
  }
  return actorOf;
}

/** Grouped now from the mentions under the article's keys (widened by the reader's choices), each actor summarised whole. */
async function provisionalActors(db: PolicyLensDb, own: MentionRecord[]): Promise<Map<number, StakeholderActor>> {
  const choices = await db.actorChoices.toArray();
  const underKeys = await mentionsUnderKeys(db, keysWithChoices(new Set(own.flatMap((m) => m.identityKeys)), choices));
  const mentions = [...own.filter((m) => !underKeys.some((u) => u.id === m.id)), ...underKeys];
  const actorOf = new Map<number, StakeholderActor>();
  for (const actor of identifyActors(mentions, choices)) {
    const here = actor.mentions.filter((m) => own.some((o) => o.id === m.id));
    if (here.length === 0) continue;
    const summary = summaryOf(actor.id, actor.mentions, Number.POSITIVE_INFINITY);
    for (const m of here) actorOf.set(m.index, { id: actor.id, name: actor.kind === 'group' ? m.name : actor.name, reasons: actor.reasons, summary });
  }
  return actorOf;
}
