/**
 * Recall for one article: for each of its stakeholders, the positions the
 * same actor took in the reader's earlier articles. Only mentions sharing an
 * identity key with this article's (a surname, a body name's end words, or a
 * name the reader merged with one of them) are read, so recall costs the same
 * however many articles memory holds.
 */
import { identifyActors } from '../../shared/actors/identity.ts';
import type { Actor, ActorChoice } from '../../shared/actors/identity.ts';
import { identityKeysOf, nameFormOf } from '../../shared/actors/name-forms.ts';
import { issueF1 } from '../../shared/issue-words.ts';
import type { Stance } from '../../engine/types.ts';
import type { MentionRecord, PolicyLensDb, RememberedArticle } from '../db.ts';
import { mentionsUnderKeys } from './mentions-by-key.ts';

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

export interface ActorsAround {
  article: RememberedArticle;
  actors: Actor<MentionRecord>[];
  /** The actor of each of the article's stakeholders, by stakeholder index. */
  actorOf: Map<number, Actor<MentionRecord>>;
}

/** The actors of an article's stakeholders, resolved over every remembered mention that could be one of them. */
export async function actorsAround(db: PolicyLensDb, articleKey: string): Promise<ActorsAround | null> {
  return db.transaction('r', [db.memory, db.mentions, db.actorChoices], async () => {
    const article = await db.memory.get(articleKey);
    if (!article) return null;
    const [own, choices] = await Promise.all([db.mentions.where('articleKey').equals(articleKey).toArray(), db.actorChoices.toArray()]);
    const keys = keysWithChoices(new Set(own.flatMap((m) => m.identityKeys)), choices);
    const candidates = await mentionsUnderKeys(db, keys);
    const actors = identifyActors(candidates, choices);
    const actorOf = new Map<number, Actor<MentionRecord>>();
    for (const actor of actors) for (const m of actor.mentions) if (m.articleKey === articleKey) actorOf.set(m.index, actor);
    return { article, actors, actorOf };
  });
}

/** The keys widened by the reader's merges: a name merged with one of ours brings its own keys. */
export function keysWithChoices(keys: Set<string>, choices: ActorChoice[]): Set<string> {
  const keysOfName = (name: string) => [...identityKeysOf(nameFormOf(name, 'person')), ...identityKeysOf(nameFormOf(name, 'organisation'))];
  const merges = choices.filter((c) => c.kind === 'merge').map((c) => c.names.flatMap(keysOfName));
  let grew = true;
  while (grew) {
    grew = false;
    for (const mergeKeys of merges) {
      if (!mergeKeys.some((k) => keys.has(k)) || mergeKeys.every((k) => keys.has(k))) continue;
      for (const k of mergeKeys) keys.add(k);
      grew = true;
    }
  }
  return keys;
}

export async function recallForArticle(db: PolicyLensDb, articleKey: string): Promise<StakeholderRecall[]> {
  const around = await actorsAround(db, articleKey);
  if (!around) return [];
  const { article, actorOf } = around;
  const earlierMentions = new Map<number, MentionRecord[]>();
  for (const [index, actor] of actorOf) earlierMentions.set(index, newestFirstPerArticle(actor.mentions, article));
  const wanted = [...new Set([...earlierMentions.values()].flatMap((ms) => ms.slice(0, RECALL_LIMIT).map((m) => m.articleKey)))];
  const others = new Map<string, RememberedArticle>();
  for (const other of await db.memory.bulkGet(wanted)) if (other) others.set(other.key, other);
  return article.stakeholders.map((stakeholder, index) => {
    const actor = actorOf.get(index);
    const mentions = earlierMentions.get(index) ?? [];
    const earlier = mentions
      .slice(0, RECALL_LIMIT)
      .map((m) => positionIn(others.get(m.articleKey), m, article.issue))
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

/** One mention per other article dated no later than this one, newest first. */
function newestFirstPerArticle(mentions: MentionRecord[], article: RememberedArticle): MentionRecord[] {
  const byArticle = new Map<string, MentionRecord>();
  for (const m of mentions) {
    if (m.articleKey === article.key || m.date > article.date) continue;
    const seen = byArticle.get(m.articleKey);
    if (!seen || m.index < seen.index) byArticle.set(m.articleKey, m);
  }
  return [...byArticle.values()].sort((a, b) => b.date - a.date || (a.articleKey < b.articleKey ? -1 : 1));
}

function positionIn(other: RememberedArticle | undefined, mention: MentionRecord, issue: string | null): EarlierPosition | null {
  const stakeholder = other?.stakeholders[mention.index];
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
