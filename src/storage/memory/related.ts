/**
 * The reader's other articles on the same question: same issue (content
 * words), or shared actors (among each actor's newest articles) and the same
 * topic; each with whose voices it
 * quoted on each side, so a reader sees whom each outlet gives voice to.
 */
import { STANCES } from '../../engine/types.ts';
import type { Stance } from '../../engine/types.ts';
import { issueF1 } from '../../shared/issue-words.ts';
import type { PolicyLensDb, RememberedArticle } from '../db.ts';
import { actorsAround } from './actors-around.ts';
import { SAME_ISSUE_F1 } from './recall.ts';

export interface RelatedArticle {
  key: string;
  url: string;
  title: string;
  outlet: string | null;
  date: number;
  issue: string | null;
  /** Same issue, else shared actors and topic. */
  why: 'same-issue' | 'shared-actors';
  /** The shared actors' names, as this article's stakeholders name them. */
  sharedActors: string[];
  /** The stakeholders' names on each side. */
  coverage: Record<Stance, string[]>;
}

/** Each shared actor's newest articles looked at (an actor met in thousands brings these few). */
export const SHARED_NEWEST = 8;

/** Most related first: same issue before shared actors, then the newest. */
export async function relatedArticles(db: PolicyLensDb, articleKey: string, limit = 20): Promise<RelatedArticle[]> {
  const around = await actorsAround(db, articleKey, { limit: SHARED_NEWEST, upToArticle: false });
  if (!around) return [];
  const { article, actorOf } = around;
  const sameIssueKeys = article.issueWords.length === 0 ? [] : await db.memory.where('issueWords').anyOf(article.issueWords).primaryKeys();
  const shared = new Map<string, Set<string>>();
  for (const [index, actor] of actorOf) {
    const name = article.stakeholders[index]?.name ?? actor.name;
    // The actor's newest articles: an actor met in thousands brings a bounded few.
    for (const m of actor.newest) shared.set(m.articleKey, (shared.get(m.articleKey) ?? new Set()).add(name));
  }
  const keys = [...new Set([...sameIssueKeys, ...shared.keys()])].filter((k) => k !== articleKey);
  const related: RelatedArticle[] = [];
  for (const other of await db.memory.bulkGet(keys)) {
    if (!other) continue;
    const sameIssue = article.issue !== null && other.issue !== null && issueF1(article.issue, other.issue) >= SAME_ISSUE_F1;
    const sharedActors = [...(shared.get(other.key) ?? [])].sort();
    const sameTopic = article.topic !== null && other.topic === article.topic;
    if (!sameIssue && !(sharedActors.length > 0 && sameTopic)) continue;
    related.push({
      key: other.key,
      url: other.url,
      title: other.title,
      outlet: other.siteName,
      date: other.date,
      issue: other.issue,
      why: sameIssue ? 'same-issue' : 'shared-actors',
      sharedActors,
      coverage: coverageOf(other),
    });
  }
  const rank = (r: RelatedArticle) => (r.why === 'same-issue' ? 0 : 1);
  return related.sort((a, b) => rank(a) - rank(b) || b.date - a.date || (a.key < b.key ? -1 : 1)).slice(0, limit);
}

export function coverageOf(article: Pick<RememberedArticle, 'stakeholders'>): Record<Stance, string[]> {
  const coverage = Object.fromEntries(STANCES.map((s) => [s, [] as string[]])) as Record<Stance, string[]>;
  for (const s of article.stakeholders) coverage[s.stance].push(s.name);
  return coverage;
}
