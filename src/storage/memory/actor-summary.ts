/**
 * One actor's summary: how many articles mention it, its newest few (each
 * article's first mention of it, with what recall shows), and per issue and
 * sided stance its newest position. Kept with the actor on every write, so
 * recall reads one small record per stakeholder however often the actor was met.
 */
import type { Stance } from '../../engine/types.ts';
import type { ActorSummaryRecord, MentionRecord, SidedPosition, SummaryMention } from '../db.ts';

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
  const sided = new Map<string, SidedPosition>();
  for (const m of articles) {
    if (m.issue === null || !SIDED.has(m.stance)) continue;
    const slot = JSON.stringify([m.issue, m.stance]);
    // Newest first: the first seen of each issue and stance is its newest.
    if (!sided.has(slot)) sided.set(slot, { issue: m.issue, stance: m.stance, date: m.date, id: m.id, articleKey: m.articleKey });
  }
  return { id, articleCount: articles.length, newest: articles.slice(0, keep).map(shownOf), sided: [...sided.values()] };
}

function shownOf(m: MentionRecord): SummaryMention {
  return { id: m.id, articleKey: m.articleKey, date: m.date, name: m.name, stance: m.stance, on: m.on, title: m.title, url: m.url, outlet: m.outlet, issue: m.issue };
}
