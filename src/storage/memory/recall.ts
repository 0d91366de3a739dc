/**
 * Recall for one article: for each of its stakeholders, the positions the
 * same actor took in the reader's earlier articles. Each actor's summary
 * (read for all of the article's stakeholders at once) holds its newest
 * articles and its newest sided position per issue, which is all recall
 * needs for an article read after them: then a changed position older than
 * the shown ones is the only other read. For an older article the summary
 * cannot answer, recall reads the mentions' own indexes (an actor's articles
 * by date, its sided positions by issue word), a few requests per actor.
 */
import Dexie from 'dexie';
import { issueContentWords, issueF1 } from '../../shared/issue-words.ts';
import type { Stance } from '../../engine/types.ts';
import type { StoredMergeReason } from '../../shared/actors/merge-reasons.ts';
import type { ActorSummaryRecord, MentionRecord, PolicyLensDb, RememberedArticle, SummaryMention } from '../db.ts';
import { SIDED } from './actor-summary.ts';
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
    const fromSummaries = article.stakeholders.map((stakeholder, index) => {
      const actor = actorOf.get(index);
      return actor ? fromSummary(actor.summary, article, stakeholder.stance, sameIssue) : null;
    });
    // The summaries' older changed positions in one request; what a summary cannot answer, from the indexes, all at once.
    const olderIds = fromSummaries.flatMap((found) => (found?.olderChange ? [found.olderChange] : []));
    const [older, found] = await Promise.all([
      db.mentions.bulkGet(olderIds),
      Promise.all(
        article.stakeholders.map((stakeholder, index): Promise<Earlier> | Earlier | null => {
          const actor = actorOf.get(index);
          const known = fromSummaries[index];
          if (!actor) return null;
          if (known) return known;
          return earlierMentions(db, actor.id, actor.summary.articleCount, article, stakeholder.stance, sameIssue);
        }),
      ),
    ]);
    const olderById = new Map(older.flatMap((m) => (m ? [[m.id, m] as const] : [])));
    return article.stakeholders.map((stakeholder, index) => {
      const actor = actorOf.get(index);
      const change = olderById.get(fromSummaries[index]?.olderChange ?? '');
      const shown = [...(found[index]?.shown ?? []), ...(change ? [change] : [])];
      const earlier = shown.map((m) => positionOf(m, sameIssue(m.issue)));
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

/**
 * Recall of one actor from its summary, when the summary holds it: it does
 * when it keeps all of the actor's articles, or at least the shown ones dated
 * no later than `article` (and so every later one); a changed position older
 * than the shown ones is its mention's id, and the summary holds it unless
 * one of the actor's positions on the question is later than `article` or
 * in it (an older one could hide behind it). Null when it does not.
 */
export function fromSummary(
  summary: ActorSummaryRecord,
  article: Pick<RememberedArticle, 'key' | 'date' | 'issue'>,
  today: Stance,
  sameIssue: (issue: string | null) => boolean,
): (Earlier & { olderChange: string | null }) | null {
  const complete = summary.newest.length === summary.articleCount;
  const upToToday = summary.newest.filter((m) => m.date <= article.date);
  if (!complete && upToToday.length < RECALL_SHOWN + 1) return null;
  // The article itself is one of the actor's articles up to its date.
  const count = Math.max(0, summary.articleCount - (summary.newest.length - upToToday.length) - 1);
  const shown = upToToday.filter((m) => m.articleKey !== article.key).slice(0, RECALL_SHOWN);
  const known = changedPosition(today, shown.map((m) => ({ ...m, sameIssue: sameIssue(m.issue) })));
  if (known || !SIDED.has(today) || article.issue === null) return { count, shown, olderChange: null };
  const other = summary.sided.filter((p) => p.stance !== today && sameIssue(p.issue));
  if (other.some((p) => p.date > article.date || p.articleKey === article.key)) return null;
  return { count, shown, olderChange: other[0]?.id ?? null };
}

/**
 * An actor's earlier articles (dated no later than `article`, itself left
 * out): how many, and the mentions shown, newest first. Only an article's
 * first mention of the actor is indexed, so each article counts once; dates
 * are indexed negated, so the newest come first in one forward read.
 * `articleCount` (the actor's summary's, all dates) turns the count into
 * one of the later articles only: none, most often, as the reader opens new ones.
 */
async function earlierMentions(
  db: PolicyLensDb,
  actorId: string,
  articleCount: number | null,
  article: RememberedArticle,
  today: Stance,
  sameIssue: (issue: string | null) => boolean,
): Promise<Earlier> {
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
