/**
 * Recall for one article: for each of its stakeholders, the positions the
 * same actor took in the reader's earlier articles. Each actor's summary
 * (read for all of the article's stakeholders at once) counts the actor's
 * articles up to any date from its timeline and holds its newest articles;
 * for an article older than those, the shown ones are one bounded read of
 * an index (the actor's articles by date, from the article's date down), and
 * a changed position older than the shown ones is dated by the timeline, then
 * read at that date alone. So recall costs the same for an article of any date.
 */
import Dexie from 'dexie';
import { issueF1 } from '../../shared/issue-words.ts';
import type { Stance } from '../../engine/types.ts';
import type { StoredMergeReason } from '../../shared/actors/merge-reasons.ts';
import type { ActorSummaryRecord, MentionRecord, PolicyLensDb, RememberedArticle, SummaryMention } from '../db.ts';
import { countUpTo, SIDED } from './actor-summary.ts';
import { actorsAround, aroundTables } from './actors-around.ts';

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
    const around = await actorsAround(db, articleKey);
    if (!around) return [];
    const { article, actorOf } = around;
    const sameIssue = sameIssueAs(article.issue);
    // Every stakeholder at once: at most two rounds of bounded reads however many there are.
    const found = await Promise.all(
      article.stakeholders.map((stakeholder, index) => {
        const actor = actorOf.get(index);
        return actor ? earlierOf(db, actor.summary, article, stakeholder.stance, sameIssue) : null;
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
async function earlierOf(db: PolicyLensDb, summary: ActorSummaryRecord, article: ArticleRecalled, today: Stance, sameIssue: (issue: string | null) => boolean): Promise<Earlier> {
  // The article itself is one of the actor's articles up to its date.
  const count = Math.max(0, countUpTo(summary.dates, article.date) - 1);
  const lookForChange = SIDED.has(today) && article.issue !== null;
  // The newest changed position is read beside the shown ones (one round of reads, not two), and kept only when none of those is one.
  const [shown, change] = await Promise.all([
    shownFromSummary(summary, article) ?? newestUpTo(db, summary.id, article),
    !lookForChange ? null : isComplete(summary) ? changeAmong(summary.newest, article, today, sameIssue) : olderChange(db, summary, article, today, sameIssue),
  ]);
  const known = changedPosition(today, shown.map((m) => ({ ...m, sameIssue: sameIssue(m.issue) })));
  return { count, shown: change && !known ? [...shown, change] : shown };
}

/** A summary that keeps every article of its actor in full (one grouped on the spot, or an actor met a few times). */
function isComplete(summary: ActorSummaryRecord): boolean {
  return summary.newest.length === summary.articleCount;
}

/**
 * The shown mentions when the summary holds them: it does when it is
 * complete, or holds more than `RECALL_SHOWN` articles dated no later than
 * `article` (one of them may be the article itself). Null when it does not.
 */
function shownFromSummary(summary: ActorSummaryRecord, article: ArticleRecalled): SummaryMention[] | null {
  const upToToday = summary.newest.filter((m) => m.date <= article.date);
  if (!isComplete(summary) && upToToday.length < RECALL_SHOWN + 1) return null;
  return upToToday.filter((m) => m.articleKey !== article.key).slice(0, RECALL_SHOWN);
}

/** The actor's newest articles up to `article`'s date, in one bounded read: dates are indexed negated, so the newest come first. */
async function newestUpTo(db: PolicyLensDb, actorId: string, article: ArticleRecalled): Promise<MentionRecord[]> {
  const newest = await db.mentions.where('recallNewest').between([actorId, -article.date], [actorId, Dexie.maxKey], true, true).limit(RECALL_SHOWN + 1).toArray();
  return newest.filter((m) => m.articleKey !== article.key).slice(0, RECALL_SHOWN);
}

/** Whether `m`, one of the actor's articles, took another side than `today` on the same question before `article`. */
function isChangeBefore(m: SummaryMention, article: ArticleRecalled, today: Stance, sameIssue: (issue: string | null) => boolean): boolean {
  return m.date <= article.date && m.articleKey !== article.key && SIDED.has(m.stance) && m.stance !== today && sameIssue(m.issue);
}

/** In a complete summary's articles (newest first, same date by mention id): the newest changed position. */
function changeAmong(mentions: readonly SummaryMention[], article: ArticleRecalled, today: Stance, sameIssue: (issue: string | null) => boolean): SummaryMention | null {
  return mentions.find((m) => isChangeBefore(m, article, today, sameIssue)) ?? null;
}

/**
 * The newest changed position, however old: its date from the timeline, then
 * the actor's articles of that date alone, read by `recallNewest` (same
 * date: by mention id, as the summary orders them). An older date is read
 * only when the one found was the article itself.
 */
async function olderChange(db: PolicyLensDb, summary: ActorSummaryRecord, article: ArticleRecalled, today: Stance, sameIssue: (issue: string | null) => boolean): Promise<MentionRecord | null> {
  const dates = new Set<number>();
  for (const [date, stance, issue] of summary.positions) if (date <= article.date && stance !== today && sameIssue(summary.issues[issue] ?? null)) dates.add(date);
  for (const date of dates) {
    const onThatDay = await db.mentions.where('recallNewest').equals([summary.id, -date]).toArray();
    const change = onThatDay.find((m) => isChangeBefore(m, article, today, sameIssue));
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
