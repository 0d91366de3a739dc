/**
 * Memory across articles: what the analysis said about each policy article
 * the reader opened the panel on, kept on the device, with each stakeholder
 * indexed under its identity keys so recall for one article reads only the
 * mentions that could be the same actors.
 */
import { identityKeysOf, nameFormOf } from '../../shared/actors/name-forms.ts';
import { issueContentWords } from '../../shared/issue-words.ts';
import type { MentionRecord, PolicyLensDb, RememberedArticle } from '../db.ts';
import { directoryTables, markPeopleStale, mentionIdOf, updateActorsAfterWrite } from './people-directory.ts';

/** What the panel hands over: the article without the fields memory derives or keeps itself. */
export type ArticleToRemember = Omit<RememberedArticle, 'issueWords' | 'firstSeenAt' | 'updatedAt' | 'date' | 'dateSource'> & {
  /** The page's published date (ms), when its metadata gives one. */
  publishedAt: number | null;
};

export type RememberOutcome = 'added' | 'replaced' | 'kept';

/** One read-write transaction over the memory tables and the actors derived from them. */
export function inMemoryTransaction<T>(db: PolicyLensDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', directoryTables(db), work);
}

/**
 * Keep the article, or replace what is kept when a newer engine analysed it;
 * an analysis by the same or an older engine leaves the record as it is.
 */
export function rememberArticle(db: PolicyLensDb, article: ArticleToRemember, now = Date.now()): Promise<RememberOutcome> {
  return inMemoryTransaction(db, async () => {
    const existing = await db.memory.get(article.key);
    if (existing && compareVersions(article.engineVersion, existing.engineVersion) <= 0) return 'kept';
    const firstSeenAt = existing?.firstSeenAt ?? now;
    const { publishedAt, ...kept } = article;
    const record: RememberedArticle = {
      ...kept,
      issueWords: article.issue === null ? [] : [...issueContentWords(article.issue)],
      date: publishedAt ?? firstSeenAt,
      dateSource: publishedAt === null ? 'first-seen' : 'published',
      firstSeenAt,
      updatedAt: now,
    };
    const replaced = await removeMentionsOf(db, article.key);
    const mentions = mentionsOf(record);
    await db.memory.put(record);
    await db.mentions.bulkPut(mentions);
    await updateActorsAfterWrite(db, [...replaced.keys, ...mentions.flatMap((m) => m.identityKeys)], replaced.actors);
    return existing ? 'replaced' : 'added';
  });
}

/** Whether the article is kept from an analysis by `engineVersion` or a newer engine (analysing it again would change nothing). */
export async function isRememberedBy(db: PolicyLensDb, key: string, engineVersion: string): Promise<boolean> {
  const existing = await db.memory.get(key);
  return existing !== undefined && compareVersions(engineVersion, existing.engineVersion) <= 0;
}

export function mentionsOf(article: Pick<RememberedArticle, 'key' | 'stakeholders' | 'date' | 'title' | 'url' | 'siteName' | 'issue'>): MentionRecord[] {
  return article.stakeholders.map((s, index) => ({
    id: mentionIdOf({ articleKey: article.key, index }),
    articleKey: article.key,
    index,
    name: s.name,
    role: s.role,
    kind: s.kind,
    date: article.date,
    identityKeys: identityKeysOf(nameFormOf(s.name, s.kind)),
    stance: s.stance,
    on: s.on,
    title: article.title,
    url: article.url,
    outlet: article.siteName,
    issue: article.issue,
  }));
}

/** Delete an article's mentions; the identity keys and actors they had, which the deletion can change. */
async function removeMentionsOf(db: PolicyLensDb, articleKey: string): Promise<{ keys: string[]; actors: string[] }> {
  const old = await db.mentions.where('articleKey').equals(articleKey).toArray();
  await db.mentions.bulkDelete(old.map((m) => m.id));
  return { keys: old.flatMap((m) => m.identityKeys), actors: old.flatMap((m) => (m.actorId === undefined ? [] : [m.actorId])) };
}

/** Forget one article (the reader deleted it): its record and its mentions. */
export function forgetArticle(db: PolicyLensDb, key: string): Promise<void> {
  return inMemoryTransaction(db, async () => {
    const removed = await removeMentionsOf(db, key);
    await db.memory.delete(key);
    await updateActorsAfterWrite(db, removed.keys, removed.actors);
  });
}

/** Forget everything memory kept, the reader's merges and splits included. */
export async function clearMemory(db: PolicyLensDb): Promise<void> {
  await db.transaction('rw', directoryTables(db), async () => {
    await db.memory.clear();
    await db.mentions.clear();
    await db.people.clear();
    await db.actorMentions.clear();
    await db.actorRecall.clear();
    await markPeopleStale(db);
    // Deleted by key rather than cleared, so the backup copy of the choices is removed too.
    await db.actorChoices.bulkDelete(await db.actorChoices.toCollection().primaryKeys());
  });
}

/** Dotted numeric versions compared part by part ("0.10.0" is newer than "0.9.1"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
