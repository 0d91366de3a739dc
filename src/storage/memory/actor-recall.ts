/**
 * What recall keeps of one actor: its shown name, why its names are one, and
 * its timeline (every article's date, its first mention of the actor, and
 * every sided position's date, stance and issue, newest first). Kept with the
 * actor on every write, the timeline in typed arrays: a busy actor met in
 * thousands of articles is one record that IndexedDB clones as a few byte
 * copies, not thousands of small objects, so recall counts an actor's
 * articles up to any date and dates a changed position with one small read.
 */
import type { Stance } from '../../engine/types.ts';
import type { Actor } from '../../shared/actors/identity.ts';
import type { ActorRecallRecord, MentionRecord, SummaryMention } from '../db.ts';

/** Stances that take a side: a change between two of them is a changed position. Their order is the timeline's stance code. */
export const SIDED_STANCES = ['supports', 'opposes', 'mixed'] as const satisfies readonly Stance[];
export const SIDED: ReadonlySet<Stance> = new Set(SIDED_STANCES);

/** A sided position as the timeline keeps it. */
export interface TimelinePosition {
  date: number;
  stance: Stance;
  issue: string | null;
}

/** Newest first, same date by mention id: the order of recall's index on the mentions. */
export function newestFirst(a: Pick<MentionRecord, 'date' | 'id'>, b: Pick<MentionRecord, 'date' | 'id'>): number {
  return b.date - a.date || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Each article's first mention among `mentions` (all of one actor), newest first. */
export function articlesOf(mentions: readonly MentionRecord[]): MentionRecord[] {
  const first = new Map<string, MentionRecord>();
  for (const m of mentions) {
    const known = first.get(m.articleKey);
    if (!known || m.index < known.index) first.set(m.articleKey, m);
  }
  return [...first.values()].sort(newestFirst);
}

/** The recall record of an actor, from all of its mentions. */
export function actorRecallOf(actor: Actor<MentionRecord>): ActorRecallRecord {
  const articles = articlesOf(actor.mentions);
  const issues: string[] = [];
  const issueAt = new Map<string, number>();
  const sided: { date: number; stance: number; issue: number }[] = [];
  for (const m of articles) {
    const stance = SIDED_STANCES.indexOf(m.stance as (typeof SIDED_STANCES)[number]);
    if (m.issue === null || stance < 0) continue;
    let issue = issueAt.get(m.issue);
    if (issue === undefined) issueAt.set(m.issue, (issue = issues.push(m.issue) - 1));
    sided.push({ date: m.date, stance, issue });
  }
  return {
    id: actor.id,
    name: actor.kind === 'group' ? null : actor.name,
    reasons: actor.reasons,
    dates: Float64Array.from(articles, (m) => m.date),
    positionDates: Float64Array.from(sided, (p) => p.date),
    positionStances: Uint8Array.from(sided, (p) => p.stance),
    positionIssues: Uint32Array.from(sided, (p) => p.issue),
    issues,
  };
}

/** The sided positions of a timeline, newest first. */
export function* positionsOf(timeline: ActorRecallRecord): Generator<TimelinePosition> {
  for (let i = 0; i < timeline.positionDates.length; i++) {
    yield {
      date: timeline.positionDates[i] ?? 0,
      stance: SIDED_STANCES[timeline.positionStances[i] ?? 0] ?? 'mixed',
      issue: timeline.issues[timeline.positionIssues[i] ?? -1] ?? null,
    };
  }
}

/** How many of `dates` (newest first) are no later than `date`: a binary search, for an actor met in thousands of articles. */
export function countUpTo(dates: ArrayLike<number>, date: number): number {
  let [low, high] = [0, dates.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((dates[middle] ?? Number.NEGATIVE_INFINITY) > date) low = middle + 1;
    else high = middle;
  }
  return dates.length - low;
}

/** What recall and the related articles show of one of an actor's articles. */
export function shownOf(m: MentionRecord): SummaryMention {
  return { id: m.id, articleKey: m.articleKey, date: m.date, name: m.name, stance: m.stance, on: m.on, title: m.title, url: m.url, outlet: m.outlet, issue: m.issue };
}
