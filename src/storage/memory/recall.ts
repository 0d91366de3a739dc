/**
 * Recall for one article: for each of its stakeholders, the positions the
 * same actor took in the reader's earlier articles. Actors are kept on write
 * (the People directory), so recall reads each stakeholder's actor as one
 * record, picks the positions shown from it, and reads only those mentions,
 * which keep what recall shows: it costs about the same however many
 * articles memory holds.
 */
import { issueF1 } from '../../shared/issue-words.ts';
import type { Stance } from '../../engine/types.ts';
import type { StoredMergeReason } from '../../shared/actors/merge-reasons.ts';
import type { ActorMentionsRecord, MentionRecord, PolicyLensDb, RememberedArticle } from '../db.ts';
import { mentionIdOf, refreshPeople } from './people-directory.ts';

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
  await refreshPeople(db);
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
  const around = await actorsAround(db, articleKey);
  if (!around) return [];
  const { article, actorOf } = around;
  const sameIssue = sameIssueAs(article.issue);
  const earlierMet = new Map<number, MetIn[]>();
  const chosen = new Map<number, MetIn[]>();
  article.stakeholders.forEach((stakeholder, index) => {
    const met = firstPerArticle((actorOf.get(index)?.elsewhere ?? []).filter((m) => m.date <= article.date));
    earlierMet.set(index, met);
    chosen.set(index, positionsShown(stakeholder.stance, met.map((m) => ({ ...m, sameIssue: sameIssue(m.issue) }))));
  });
  // Only the mentions shown are read: small records, however many articles the actor was met in.
  const ids = [...new Set([...chosen.values()].flatMap((ms) => ms.map(mentionIdOf)))];
  const read = new Map<string, MentionRecord>();
  for (const m of await db.mentions.bulkGet(ids)) if (m) read.set(m.id, m);
  return article.stakeholders.map((stakeholder, index) => {
    const actor = actorOf.get(index);
    const earlier = (chosen.get(index) ?? []).flatMap((m) => {
      const mention = read.get(mentionIdOf(m));
      return mention ? [positionOf(mention, sameIssue(mention.issue))] : [];
    });
    return {
      index,
      name: stakeholder.name,
      actorId: actor?.id ?? '',
      actorName: actor?.name ?? stakeholder.name,
      reasons: earlier.length > 0 ? (actor?.reasons ?? []) : [],
      earlier,
      earlierCount: earlierMet.get(index)?.length ?? 0,
    };
  });
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

/** What the panel shows of a stakeholder's earlier mentions (newest first): the newest few, and the newest changed position if it is older. */
function positionsShown<T extends { stance: Stance; sameIssue: boolean }>(today: Stance, earlier: T[]): T[] {
  const newest = earlier.slice(0, RECALL_SHOWN);
  const changed = changedPosition(today, earlier);
  return changed && !newest.includes(changed) ? [...newest, changed] : newest;
}

/** One mention per article (its first stakeholder), keeping the order. */
function firstPerArticle(mentions: MetIn[]): MetIn[] {
  const byArticle = new Map<string, MetIn>();
  for (const m of mentions) {
    const seen = byArticle.get(m.articleKey);
    if (!seen || m.index < seen.index) byArticle.set(m.articleKey, m);
  }
  return [...byArticle.values()];
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

const SIDED: ReadonlySet<Stance> = new Set(['supports', 'opposes', 'mixed']);

/** The newest earlier position on the same question that took another side than today's, if any: a changed position is news. */
export function changedPosition<T extends Pick<EarlierPosition, 'stance' | 'sameIssue'>>(today: Stance, earlier: readonly T[]): T | null {
  if (!SIDED.has(today)) return null;
  return earlier.find((p) => p.sameIssue && SIDED.has(p.stance) && p.stance !== today) ?? null;
}
