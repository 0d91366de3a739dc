/** The article records notes and highlights hang from: metadata, and the counts the library lists. */
import { normaliseUrl } from '../shared/article-identity.ts';
import type { ArticleRecord, PolicyLensDb, StakeholderSnapshot } from './db.ts';
import { searchEntriesFor } from './search-index.ts';

/** What the panel knows about the article it shows. */
export type ArticleMeta = Pick<ArticleRecord, 'key' | 'url' | 'title' | 'siteName' | 'topic'> & {
  /** Omitted when the panel has no analysis: the stored snapshot is kept. */
  stakeholders?: StakeholderSnapshot[];
};

/** Create or refresh the article's record; call inside a write transaction. */
export async function touchArticle(db: PolicyLensDb, meta: ArticleMeta, now: number): Promise<void> {
  const existing = await db.articles.get(meta.key);
  // Only the article's own address may rename it: a variant (AMP, mobile, another query) keeps what is stored.
  const identity = existing && normaliseUrl(meta.url) !== meta.key ? existing : meta;
  const record: ArticleRecord = {
    key: meta.key,
    url: identity.url,
    title: identity.title,
    siteName: identity.siteName,
    topic: meta.topic,
    stakeholders: meta.stakeholders ?? existing?.stakeholders ?? [],
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    noteCount: existing?.noteCount ?? 0,
    highlightCount: existing?.highlightCount ?? 0,
  };
  await db.articles.put(record);
  if (!existing || existing.title !== record.title || existing.siteName !== record.siteName) {
    await db.searchIndex.put(searchEntriesFor.article(record));
  }
}

/** Recount an article's live notes and highlights; call inside a write transaction after adding, deleting or restoring one. */
export async function recountArticle(db: PolicyLensDb, articleKey: string): Promise<void> {
  const [noteCount, highlightCount] = await Promise.all([
    db.notes.where('articleKey').equals(articleKey).filter((n) => n.deletedAt === null).count(),
    db.highlights.where('articleKey').equals(articleKey).filter((h) => h.deletedAt === null).count(),
  ]);
  await db.articles.update(articleKey, { noteCount, highlightCount });
}
