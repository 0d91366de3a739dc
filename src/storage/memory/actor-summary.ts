/**
 * One actor's summary: how many articles mention it, its newest few (each
 * article's first mention of it, with what recall shows), and its timeline
 * (every article's date, every sided position's date, stance and issue).
 * Kept with the actor on every write, so recall reads one record per
 * stakeholder however often the actor was met, and for an article of any date.
 */
import type { Stance } from '../../engine/types.ts';
import type { ActorSummaryRecord, MentionRecord, SummaryMention } from '../db.ts';

/** Articles a summary keeps in full: enough for an article read after (or a little before) the actor's newest. */
export const SUMMARY_NEWEST = 8;

/** Stances that take a side: a change between two of them is a changed position. */
export const SIDED: ReadonlySet<Stance> = new Set(['supports', 'opposes', 'mixed']);

/** Newest first, same date by mention id: the order of recall's index on the mentions. */
export function newestFirst(a: Pick<MentionRecord, 'date' | 'id'>, b: Pick<MentionRecord, 'date' | 'id'>): number {
  return b.date - a.date || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Each article's first mention among `mentions` (all of one actor). */
export function firstOfEachArticle(mentions: readonly MentionRecord[]): MentionRecord[] {
  const first = new Map<string, MentionRecord>();
  for (const m of mentions) {
    const known = first.get(m.articleKey);
    if (!known || m.index < known.index) first.set(m.articleKey, m);
  }
  return [...first.values()];
}

/** The summary of an actor from all of its mentions; `keep` articles in full (all of them for a summary used once and not stored). */
export function summaryOf(id: string, mentions: readonly MentionRecord[], keep = SUMMARY_NEWEST): ActorSummaryRecord {
  const articles = firstOfEachArticle(mentions).sort(newestFirst);
  const issues: string[] = [];
  const issueAt = new Map<string, number>();
  const positions: ActorSummaryRecord['positions'] = [];
  for (const m of articles) {
    if (m.issue === null || !SIDED.has(m.stance)) continue;
    let at = issueAt.get(m.issue);
    if (at === undefined) issueAt.set(m.issue, (at = issues.push(m.issue) - 1));
    positions.push([m.date, m.stance, at]);
  }
  return { id, articleCount: articles.length, newest: articles.slice(0, keep).map(shownOf), dates: articles.map((m) => m.date), issues, positions };
}

/** How many of `dates` (newest first) are no later than `date`: a binary search, for an actor met in thousands of articles. */
export function countUpTo(dates: readonly number[], date: number): number {
  let [low, high] = [0, dates.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((dates[middle] ?? Number.NEGATIVE_INFINITY) > date) low = middle + 1;
    else high = middle;
  }
  return dates.length - low;
}

function shownOf(m: MentionRecord): SummaryMention {
  return { id: m.id, articleKey: m.articleKey, date: m.date, name: m.name, stance: m.stance, on: m.on, title: m.title, url: m.url, outlet: m.outlet, issue: m.issue };
}
