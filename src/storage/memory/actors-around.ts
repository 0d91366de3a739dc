/**
 * The actors of one article's stakeholders, each with its history: from the
 * People directory when it is current (per actor its recall record and its
 * newest articles, read in one round however often it was met), else,
 * while it is rebuilt after an upgrade or an import, grouped on the spot from
 * the mentions under the article's own identity keys (a bounded read,
 * nothing written; the rebuild's steps widen it).
 */
import Dexie from 'dexie';
import { identifyActors } from '../../shared/actors/identity.ts';
import type { StoredMergeReason } from '../../shared/actors/merge-reasons.ts';
import type { ActorRecallRecord, MentionRecord, PolicyLensDb, RememberedArticle, SummaryMention } from '../db.ts';
import { articlesOf, countUpTo, positionsOf, shownOf, SIDED } from './actor-recall.ts';
import type { TimelinePosition } from './actor-recall.ts';
import { mentionsUnderKeys } from './mentions-by-key.ts';
import { isCurrent, keysWithChoices } from './people-directory.ts';

/** What is known of an actor's articles, whichever way it was found. */
export interface ActorHistory {
  /** How many articles mention the actor up to `date`. */
  countUpTo(date: number): number;
  /** Its sided positions, newest first. */
  positions(): Iterable<TimelinePosition>;
  /** Its articles of one date (their first mentions of it), by mention id. */
  onDate(date: number): Promise<SummaryMention[]>;
}

/** The actor of one stakeholder. */
export interface StakeholderActor {
  id: string;
  /** The actor's shown name (the stakeholder's own for a group named by a common noun). */
  name: string;
  reasons: StoredMergeReason[];
  /** Its newest articles, as `NewestWanted` asked, newest first (same date: by mention id). */
  newest: SummaryMention[];
  history: ActorHistory;
}

export interface ActorsAround {
  article: RememberedArticle;
  /** The actor of each of the article's stakeholders, by stakeholder index. */
  actorOf: Map<number, StakeholderActor>;
}

/** Which of each actor's newest articles to read beside it: at most `limit`, only those up to the article's date when `upToArticle`. */
export interface NewestWanted {
  limit: number;
  upToArticle: boolean;
}

/** The tables `actorsAround` reads, so a caller can read on in the same transaction. */
export function aroundTables(db: PolicyLensDb) {
  return [db.memory, db.mentions, db.peopleState, db.actorChoices, db.actorRecall];
}

export async function actorsAround(db: PolicyLensDb, articleKey: string, wanted: NewestWanted): Promise<ActorsAround | null> {
  return db.transaction('r', aroundTables(db), async () => {
    const { article, own, current } = await articleWithMentions(db, articleKey);
    if (!article) return null;
    const actorOf = current ? await storedActors(db, own, article.date, wanted) : await provisionalActors(db, own, article.date, wanted);
    return { article, actorOf };
  });
}

/** Recall's first round: the article, its mentions and whether the directory is current, side by side (each round waits on a busy machine). */
export async function articleWithMentions(db: PolicyLensDb, articleKey: string): Promise<{ article: RememberedArticle | undefined; own: MentionRecord[]; current: boolean }> {
  const [article, own, current] = await Promise.all([db.memory.get(articleKey), db.mentions.where('articleKey').equals(articleKey).toArray(), isCurrent(db)]);
  return { article, own, current };
}

/**
 * From the directory: the article's mentions know their actors, so every
 * actor's recall record and newest articles (up to the article's `date`) are
 * read in one round, side by side.
 */
async function storedActors(db: PolicyLensDb, own: MentionRecord[], date: number, wanted: NewestWanted): Promise<Map<number, StakeholderActor>> {
  const ids = [...new Set(own.flatMap((m) => (m.actorId === undefined ? [] : [m.actorId])))];
  const [records, newest] = await Promise.all([db.actorRecall.bulkGet(ids), Promise.all(ids.map((id) => newestOf(db, id, wanted.upToArticle ? date : null, wanted.limit)))]);
  const actorOf = new Map<number, StakeholderActor>();
  for (const m of own) {
    const at = m.actorId === undefined ? -1 : ids.indexOf(m.actorId);
    const record = records[at];
    if (!record) continue;
    actorOf.set(m.index, { id: record.id, name: record.name ?? m.name, reasons: record.reasons, newest: newest[at] ?? [], history: storedHistory(db, record) });
  }
  return actorOf;
}

/** An actor's newest articles (up to `date` when given), in one bounded read: dates are indexed negated, so the newest come first. */
async function newestOf(db: PolicyLensDb, actorId: string, date: number | null, limit: number): Promise<SummaryMention[]> {
  const from = date === null ? Dexie.minKey : -date;
  const newest = await db.mentions.where('recallNewest').between([actorId, from], [actorId, Dexie.maxKey], true, true).limit(limit).toArray();
  return newest.map(shownOf);
}

function storedHistory(db: PolicyLensDb, timeline: ActorRecallRecord): ActorHistory {
  return {
    countUpTo: (date) => countUpTo(timeline.dates, date),
    positions: () => positionsOf(timeline),
    onDate: async (date) => (await db.mentions.where('recallNewest').equals([timeline.id, -date]).toArray()).map(shownOf),
  };
}

/** Grouped now from the mentions under the article's keys (widened by the reader's choices), each actor's articles all in hand. */
async function provisionalActors(db: PolicyLensDb, own: MentionRecord[], date: number, wanted: NewestWanted): Promise<Map<number, StakeholderActor>> {
  const choices = await db.actorChoices.toArray();
  const underKeys = await mentionsUnderKeys(db, keysWithChoices(new Set(own.flatMap((m) => m.identityKeys)), choices));
  const mentions = [...own.filter((m) => !underKeys.some((u) => u.id === m.id)), ...underKeys];
  const actorOf = new Map<number, StakeholderActor>();
  for (const actor of identifyActors(mentions, choices)) {
    const here = actor.mentions.filter((m) => own.some((o) => o.id === m.id));
    if (here.length === 0) continue;
    const articles = articlesOf(actor.mentions).map(shownOf);
    const newest = articles.filter((m) => !wanted.upToArticle || m.date <= date).slice(0, wanted.limit);
    for (const m of here) actorOf.set(m.index, { id: actor.id, name: actor.kind === 'group' ? m.name : actor.name, reasons: actor.reasons, newest, history: historyInHand(articles) });
  }
  return actorOf;
}

/** The history of an actor whose articles (newest first) are all in hand. */
function historyInHand(articles: SummaryMention[]): ActorHistory {
  return {
    countUpTo: (date) => articles.filter((m) => m.date <= date).length,
    positions: () => articles.filter((m) => m.issue !== null && SIDED.has(m.stance)).map((m) => ({ date: m.date, stance: m.stance, issue: m.issue })),
    onDate: (date) => Promise.resolve(articles.filter((m) => m.date === date)),
  };
}
