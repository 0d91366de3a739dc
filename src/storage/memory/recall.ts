/**
 * Recall for one article: for each of its stakeholders, the positions the
 * same actor took in the reader's earlier articles. In one read-only
 * transaction: the article, its mentions and the directory check; then, for
 * all of its actors side by side, their recall records (name, why, and the
 * timeline: the count up to the article's date, the dates of sided positions) and their newest
 * articles up to that date; only a changed position older than those shown
 * takes one more read, at the date its timeline gives. So recall costs the
 * same for an article of any date.
 */
import { issueF1 } from '../../shared/issue-words.ts';
import type { Stance } from '../../engine/types.ts';
import type { StoredMergeReason } from '../../shared/actors/merge-reasons.ts';
import type { PolicyLensDb, RememberedArticle, SummaryMention } from '../db.ts';
import { SIDED } from './actor-recall.ts';
import { actorsAround, aroundTables } from './actors-around.ts';
import type { ActorHistory, StakeholderActor } from './actors-around.ts';

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

/** What recall found of one actor before an article: how many articles, the shown ones, newest first. */
interface Earlier {
  count: number;
  shown: SummaryMention[];
}

export async function recallForArticle(db: PolicyLensDb, articleKey: string): Promise<StakeholderRecall[]> {
  return db.transaction('r', aroundTables(db), async () => {
    // The article itself may be among its actors' newest up to its date: one more than shown.
    const around = await actorsAround(db, articleKey, { limit: RECALL_SHOWN + 1, upToArticle: true });
    if (!around) return [];
    const { article, actorOf } = around;
    const sameIssue = sameIssueAs(article.issue);
    // Every stakeholder at once: one more round of reads at most, and only for a changed position not shown.
    const found = await Promise.all(
      article.stakeholders.map((stakeholder, index) => {
        const actor = actorOf.get(index);
        return actor ? earlierOf(actor, article, stakeholder.stance, sameIssue) : null;
      }),
    );
    return article.stakeholders.map((stakeholder, index) => {
      const actor = actorOf.get(index);
      const earlier = (found[index]?.shown ?? []).map((m) => positionOf(m, sameIssue(m.issue)));
      return {
        index,
        name: stakeholder.name,
        actorId: actor?.id ?? '',
        actorName: actor?.name ?? stakeholder.name,
        reasons: earlier.length > 0 ? (actor?.reasons ?? []) : [],
        earlier,
        earlierCount: found[index]?.count ?? 0,
      };
    });
  });
}

type ArticleRecalled = Pick<RememberedArticle, 'key' | 'date' | 'issue'>;

/**
 * One actor before `article` (dated no later, itself left out): how many
 * articles, and the shown ones, newest first: the newest `RECALL_SHOWN`, then
 * the newest position on the same question on another side than `today`'s
 * when none of those is one.
 */
async function earlierOf(actor: StakeholderActor, article: ArticleRecalled, today: Stance, sameIssue: (issue: string | null) => boolean): Promise<Earlier> {
  // The article itself is one of the actor's articles up to its date.
  const count = Math.max(0, actor.history.countUpTo(article.date) - 1);
  const shown = actor.newest.filter((m) => m.articleKey !== article.key).slice(0, RECALL_SHOWN);
  const lookForChange = SIDED.has(today) && article.issue !== null;
  if (!lookForChange || changedPosition(today, shown.map((m) => ({ ...m, sameIssue: sameIssue(m.issue) })))) return { count, shown };
  const change = await olderChange(actor.history, article, today, sameIssue);
  return { count, shown: change ? [...shown, change] : shown };
}

/** Whether `m`, one of the actor's articles, took another side than `today` on the same question before `article`. */
function isChangeBefore(m: SummaryMention, article: ArticleRecalled, today: Stance, sameIssue: (issue: string | null) => boolean): boolean {
  return m.date <= article.date && m.articleKey !== article.key && SIDED.has(m.stance) && m.stance !== today && sameIssue(m.issue);
}

/**
 * The newest changed position, however old: its date from the actor's
 * history, then the actor's articles of that date alone. An older date is
 * read only when the one found was the article itself.
 */
async function olderChange(history: ActorHistory, article: ArticleRecalled, today: Stance, sameIssue: (issue: string | null) => boolean): Promise<SummaryMention | null> {
  const tried = new Set<number>();
  for (const { date, stance, issue } of history.positions()) {
    if (date > article.date || stance === today || tried.has(date) || !sameIssue(issue)) continue;
    tried.add(date);
    const change = (await history.onDate(date)).find((m) => isChangeBefore(m, article, today, sameIssue));
    if (change) return change;
  }
  return null;
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

function positionOf(mention: SummaryMention, sameIssue: boolean): EarlierPosition {
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
