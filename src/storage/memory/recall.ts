/**
 * Recall for one article: for each of its stakeholders, the positions the
 * same actor took in the reader's earlier articles. Actors are kept on write
 * (the People directory), so recall reads each stakeholder's actor as one
 * record and only the newest articles in full: it costs about the same
 * however many articles memory holds.
 */
import { issueF1 } from '../../shared/issue-words.ts';
import type { Stance } from '../../engine/types.ts';
import type { ActorMentionsRecord, PolicyLensDb, RememberedArticle } from '../db.ts';
import { refreshPeople } from './people-directory.ts';

/** Two issue phrases whose content words agree this well are one question. */
export const SAME_ISSUE_F1 = 0.5;
/** Earlier articles read per stakeholder (the newest); the rest are only counted, so an actor in every article costs no more. */
export const RECALL_LIMIT = 10;

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
  reasons: string[];
  /** Newest first, at most `RECALL_LIMIT`; only articles dated no later than this one. */
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
  reasons: string[];
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
  const earlierMentions = new Map<number, MetIn[]>();
  for (const [index, actor] of actorOf) earlierMentions.set(index, firstPerArticle(actor.elsewhere.filter((m) => m.date <= article.date)));
  const wanted = [...new Set([...earlierMentions.values()].flatMap((ms) => ms.slice(0, RECALL_LIMIT).map((m) => m.articleKey)))];
  const others = new Map<string, RememberedArticle>();
  for (const other of await db.memory.bulkGet(wanted)) if (other) others.set(other.key, other);
  return article.stakeholders.map((stakeholder, index) => {
    const actor = actorOf.get(index);
    const mentions = earlierMentions.get(index) ?? [];
    const earlier = mentions
      .slice(0, RECALL_LIMIT)
      .map((m) => positionIn(others.get(m.articleKey), m.index, article.issue))
      .filter((p) => p !== null);
    return {
      index,
      name: stakeholder.name,
      actorId: actor?.id ?? '',
      actorName: actor?.name ?? stakeholder.name,
      reasons: earlier.length > 0 ? (actor?.reasons ?? []) : [],
      earlier,
      earlierCount: mentions.length,
    };
  });
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

function positionIn(other: RememberedArticle | undefined, index: number, issue: string | null): EarlierPosition | null {
  const stakeholder = other?.stakeholders[index];
  if (!other || !stakeholder) return null;
  return {
    articleKey: other.key,
    title: other.title,
    url: other.url,
    outlet: other.siteName,
    date: other.date,
    issue: other.issue,
    name: stakeholder.name,
    stance: stakeholder.stance,
    on: stakeholder.on,
    sameIssue: issue !== null && other.issue !== null && issueF1(issue, other.issue) >= SAME_ISSUE_F1,
  };
}

const SIDED: ReadonlySet<Stance> = new Set(['supports', 'opposes', 'mixed']);

/** The newest earlier position on the same question that took another side than today's, if any: a changed position is news. */
export function changedPosition(today: Stance, earlier: readonly EarlierPosition[]): EarlierPosition | null {
  if (!SIDED.has(today)) return null;
  return earlier.find((p) => p.sameIssue && SIDED.has(p.stance) && p.stance !== today) ?? null;
}
