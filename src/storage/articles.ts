/** The article records notes and highlights hang from: metadata, the analysis summary, and the counts the library lists. */
import { normaliseUrl } from '../shared/article-identity.ts';
import { inWriteTransaction } from './db.ts';
import type { ArticleRecord, ArticleSummary, PolicyLensDb } from './db.ts';
import { searchEntriesFor } from './search-index.ts';

/** What the panel knows about the article it shows. */
export type ArticleMeta = Pick<ArticleRecord, 'key' | 'url' | 'title' | 'siteName' | 'topic'> & {
  /** Omitted when the panel has no analysis (or the worker saves a highlight): the stored summary is kept. */
  summary?: ArticleSummary;
};

export const EMPTY_SUMMARY: ArticleSummary = { issue: null, stakeholders: [], quotes: [], engineVersion: null };

/** Create or refresh the article's record; call inside a write transaction. */
export async function touchArticle(db: PolicyLensDb, meta: ArticleMeta, now: number): Promise<void> {
  const existing = await db.articles.get(meta.key);
  // Only the article's own address may rename it: a variant (AMP, mobile, another query) keeps what is stored.
  const identity = existing && normaliseUrl(meta.url) !== meta.key ? existing : meta;
  const summary = meta.summary ?? (existing ? summaryOf(existing) : EMPTY_SUMMARY);
  const record: ArticleRecord = {
    key: meta.key,
    url: identity.url,
    title: identity.title,
    siteName: identity.siteName,
    topic: meta.topic,
    ...summary,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    noteCount: existing?.noteCount ?? 0,
    highlightCount: existing?.highlightCount ?? 0,
  };
  await db.articles.put(record);
  if (!existing || existing.title !== record.title || existing.siteName !== record.siteName) {
    await db.searchIndex.put(searchEntriesFor.article(record));
  }
  if (!existing || !sameSummary(summaryOf(existing), summary)) await db.searchIndex.put(searchEntriesFor.summary(record));
}

/**
 * Keep the summary of an article the reader already kept something about up
 * to date with the panel's analysis (a newer engine, a page that changed).
 * Not the reader's change, so the article keeps its place in the library.
 * Resolves to whether anything was written.
 */
export function refreshSummary(db: PolicyLensDb, key: string, summary: ArticleSummary): Promise<boolean> {
  return inWriteTransaction(db, async () => {
    const existing = await db.articles.get(key);
    if (!existing || sameSummary(summaryOf(existing), summary)) return false;
    const record = { ...existing, ...summary };
    await db.articles.put(record);
    await db.searchIndex.put(searchEntriesFor.summary(record));
    return true;
  });
}

export function summaryOf(article: ArticleSummary): ArticleSummary {
  const { issue, stakeholders, quotes, engineVersion } = article;
  return { issue, stakeholders, quotes, engineVersion };
}

function sameSummary(a: ArticleSummary, b: ArticleSummary): boolean {
  return JSON.stringify(summaryOf(a)) === JSON.stringify(summaryOf(b));
}

/** Recount an article's live notes and highlights; call inside a write transaction after adding, deleting or restoring one. */
export async function recountArticle(db: PolicyLensDb, articleKey: string): Promise<void> {
  const [noteCount, highlightCount] = await Promise.all([
    db.notes.where('articleKey').equals(articleKey).filter((n) => n.deletedAt === null).count(),
    db.highlights.where('articleKey').equals(articleKey).filter((h) => h.deletedAt === null).count(),
  ]);
  await db.articles.update(articleKey, { noteCount, highlightCount });
}
