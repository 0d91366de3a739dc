/**
 * A policy article the reader already kept something about keeps the panel's
 * current analysis summary, also when the record was made without it (a
 * highlight saved by the service worker, a note from an older version).
 */
import { useEffect } from 'preact/hooks';
import type { ArticleMeta } from '../../storage/articles.ts';
import { refreshSummary } from '../../storage/articles.ts';
import { database } from '../../storage/db.ts';

/** `highlightCount` re-runs it when a highlight creates the article's record. */
export function useStoredSummary(article: ArticleMeta | null, highlightCount: number): void {
  useEffect(() => {
    if (!article?.summary) return;
    // Best effort: the summary is written again with the next note, and a failed write has its own message there.
    refreshSummary(database(), article.key, article.summary).catch(() => undefined);
  }, [article, highlightCount]);
}
