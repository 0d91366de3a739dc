/**
 * Recall for one article: for each of its stakeholders, the positions the
 * same actor took in the reader's earlier articles. Actors are kept on write
 * (the People directory), and an article's first mention of each actor is
 * indexed by actor and date and, when it took a side, by actor, issue word,
 * stance and date: recall counts and reads the newest few from the first,
 * looks up a changed position in the second, and reads nothing else, so it
 * costs about the same however often the actor was met.
 */
import Dexie from 'dexie';
import { issueContentWords, issueF1 } from '../../shared/issue-words.ts';
import type { Stance } from '../../engine/types.ts';
import type { StoredMergeReason } from '../../shared/actors/merge-reasons.ts';
import type { ActorMentionsRecord, MentionRecord, PolicyLensDb, RememberedArticle } from '../db.ts';
import { refreshActorsOf, SIDED } from './people-directory.ts';

/** Two issue phrases whose content words agree this well are one question. */
export const SAME_ISSUE_F1 = 0.5;
/** Earlier positions the panel lists per stakeholder (the newest); the rest are counted, and only a changed position is added. */
export const RECALL_SHOWN = 2;

export interface EarlierPosition {
  articleKey: string;
  title: string;
  url: string;
  outlet: string | null;
  date: number;
  issue: string | null;
  /** The name that article used. */
  name: string;
  stance: Stance;
  on: string | null;
  /** On the same question as the article recalled for. */
  sameIssue: boolean;
}

export interface StakeholderRecall {
  /** The stakeholder's index in the article's `stakeholders`. */
  index: number;
  name: string;
  actorId: string;
  actorName: string;
  /** Why the earlier articles' names are this actor. */
  reasons: StoredMergeReason[];
  /**
   * Newest first, only articles dated no later than this one: the newest
   * `RECALL_SHOWN`, then the newest position on the same question that took
   * another side than today's, when it is older than those.
   */
  earlier: EarlierPosition[];
  /** How many earlier articles mention the actor in all. */
  earlierCount: number;
}

/** One mention of an actor elsewhere: which article, which of its stakeholders, the article's date. */
export type MetIn = ActorMentionsRecord['mentions'][number];

/** The actor of one stakeholder, with where else it was met. */
export interface StakeholderActor {
  id: string;
  /** The actor's shown name (the stakeholder's own for a group named by a common noun). */
  name: string;
  reasons: StoredMergeReason[];
  /** The actor's mentions in other articles, newest first. */
  elsewhere: MetIn[];
}

export interface ActorsAround {
  article: RememberedArticle;
  /** The actor of each of the article's stakeholders, by stakeholder index. */
  actorOf: Map<number, StakeholderActor>;
}

/** The actors of an article's stakeholders, each with where else it was met: a few records, however often it was. */
export async function actorsAround(db: PolicyLensDb, articleKey: string): Promise<ActorsAround | null> {
  await refreshActorsOf(db, articleKey);
  return db.transaction('r', [db.memory, db.mentions, db.people, db.actorMentions], async () => {
    const article = await db.memory.get(articleKey);
    if (!article) return null;
    const own = await db.mentions.where('articleKey').equals(articleKey).toArray();
    const ids = [...new Set(own.flatMap((m) => (m.actorId === undefined ? [] : [m.actorId])))];
    const [rows, met] = await Promise.all([db.people.bulkGet(ids), db.actorMentions.bulkGet(ids)]);
    const actorOf = new Map<number, StakeholderActor>();
    for (const m of own) {
      const at = m.actorId === undefined ? -1 : ids.indexOf(m.actorId);
      const row = rows[at];
      const elsewhere = (met[at]?.mentions ?? []).filter((other) => other.articleKey !== articleKey).reverse();
      if (at >= 0) actorOf.set(m.index, { id: ids[at] ?? '', name: row?.name ?? m.name, reasons: row?.reasons ?? [], elsewhere });
    }
    return { article, actorOf };
  });
}

export async function recallForArticle(db: PolicyLensDb, articleKey: string): Promise<StakeholderRecall[]> {
  await refreshActorsOf(db, articleKey);
  return db.transaction('r', [db.memory, db.mentions, db.people], async () => {
    const article = await db.memory.get(articleKey);
    if (!article) return [];
    const own = await db.mentions.where('articleKey').equals(articleKey).toArray();
    const actorIds = new Map(own.map((m) => [m.index, m.actorId]));
    const ids = [...new Set(own.flatMap((m) => (m.actorId === undefined ? [] : [m.actorId])))];
    const rows = new Map((await db.people.bulkGet(ids)).flatMap((row) => (row ? [[row.id, row] as const] : [])));
    const sameIssue = sameIssueAs(article.issue);
    // Every stakeholder's reads at once: one round of small requests, not one per stakeholder.
    const found = await Promise.all(
      article.stakeholders.map((stakeholder, index) => {
        const actorId = actorIds.get(index);
        return actorId === undefined ? null : earlierMentions(db, actorId, rows.get(actorId)?.articleCount ?? null, article, stakeholder.stance, sameIssue);
      }),
    );
    return article.stakeholders.map((stakeholder, index) => {
      const actorId = actorIds.get(index);
      const row = actorId === undefined ? undefined : rows.get(actorId);
      const met = found[index];
      const earlier = (met?.shown ?? []).map((m) => positionOf(m, sameIssue(m.issue)));
      return {
        index,
        name: stakeholder.name,
        actorId: actorId ?? '',
        actorName: row?.name ?? stakeholder.name,
        reasons: earlier.length > 0 ? (row?.reasons ?? []) : [],
        earlier,
        earlierCount: met?.count ?? 0,
      };
    });
  });
}

/**
 * An actor's earlier articles (dated no later than `article`, itself left
 * out): how many, and the mentions shown, newest first. Only an article's
 * first mention of the actor is indexed, so each article counts once; dates
 * are indexed negated, so the newest come first in one forward read.
 * `articleCount` (the actor's People row, all dates) turns the count into
 * one of the later articles only: none, most often, as the reader opens new ones.
 */
async function earlierMentions(
  db: PolicyLensDb,
  actorId: string,
  articleCount: number | null,
  article: RememberedArticle,
  today: Stance,
  sameIssue: (issue: string | null) => boolean,
): Promise<{ count: number; shown: MentionRecord[] }> {
  const byDate = db.mentions.where('recallNewest');
  const upToToday = () => byDate.between([actorId, -article.date], [actorId, Dexie.maxKey], true, true);
  const countUpToToday =
    articleCount === null ? upToToday().count() : byDate.between([actorId, Dexie.minKey], [actorId, -article.date], true, false).count().then((later) => articleCount - later);
  const [count, newest] = await Promise.all([countUpToToday, upToToday().limit(RECALL_SHOWN + 1).toArray()]);
  const shown = newest.filter((m) => m.articleKey !== article.key).slice(0, RECALL_SHOWN);
  const known = changedPosition(today, shown.map((m) => ({ ...m, sameIssue: sameIssue(m.issue) })));
  const older = known || !SIDED.has(today) ? null : await olderChangedPosition(db, actorId, article, today, sameIssue);
  // The article itself is one of the actor's articles up to its date.
  return { count: Math.max(0, count - 1), shown: older ? [...shown, older] : shown };
}

/** Sided positions read per issue word at once: most often the first on another side is on the same question. */
const CHANGED_BATCH = 8;

/** The newest mention of the actor, however old, on the same question as `article` and on another side than today's. */
async function olderChangedPosition(
  db: PolicyLensDb,
  actorId: string,
  article: RememberedArticle,
  today: Stance,
  sameIssue: (issue: string | null) => boolean,
): Promise<MentionRecord | null> {
  if (article.issue === null) return null;
  const changed = (m: MentionRecord) => m.stance !== today && m.articleKey !== article.key && sameIssue(m.issue);
  // Each issue word's sided positions, newest first: a batch in one request, then the rest walked only if none in it will do.
  const candidates = await Promise.all(
    [...issueContentWords(article.issue)].map(async (word) => {
      const fromToday = () => db.mentions.where('recallIssue').between([actorId, word, -article.date], [actorId, word, Dexie.maxKey], true, true);
      const batch = await fromToday().limit(CHANGED_BATCH).toArray();
      const found = batch.find(changed);
      if (found || batch.length < CHANGED_BATCH) return found;
      return fromToday().filter(changed).first();
    }),
  );
  return candidates.reduce<MentionRecord | null>((newest, m) => (m && (!newest || m.date > newest.date || (m.date === newest.date && m.id < newest.id)) ? m : newest), null);
}

/** Whether an issue is the same question as `issue`: compared once per distinct issue, as a busy actor has thousands of mentions on a few hundred. */
function sameIssueAs(issue: string | null): (other: string | null) => boolean {
  const known = new Map<string, boolean>();
  return (other) => {
    if (issue === null || other === null) return false;
    let same = known.get(other);
    if (same === undefined) known.set(other, (same = issueF1(issue, other) >= SAME_ISSUE_F1));
    return same;
  };
}

function positionOf(mention: MentionRecord, sameIssue: boolean): EarlierPosition {
  return {
    articleKey: mention.articleKey,
    title: mention.title,
    url: mention.url,
    outlet: mention.outlet,
    date: mention.date,
    issue: mention.issue,
    name: mention.name,
    stance: mention.stance,
    on: mention.on,
    sameIssue,
  };
}

/** The newest earlier position on the same question that took another side than today's, if any: a changed position is news. */
export function changedPosition<T extends Pick<EarlierPosition, 'stance' | 'sameIssue'>>(today: Stance, earlier: readonly T[]): T | null {
  if (!SIDED.has(today)) return null;
  return earlier.find((p) => p.sameIssue && SIDED.has(p.stance) && p.stance !== today) ?? null;
}
