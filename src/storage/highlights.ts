/** The reader's highlights on article pages (drawn by the content script, stored here). */
import type { TextPositionSelector, TextQuoteSelector } from '../engine/types.ts';
import { touchArticle } from './articles.ts';
import type { ArticleMeta } from './articles.ts';
import { inWriteTransaction } from './db.ts';
import type { HighlightRecord, PolicyLensDb } from './db.ts';
import { searchEntriesFor } from './search-index.ts';
import { putLive, setDeleted } from './soft-delete.ts';

export interface HighlightDraft {
  /** Omit for a new highlight. */
  id?: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  colour: string;
}

/** Create a highlight, or update one (its colour, or its selectors after re-anchoring), with its article. */
export async function saveHighlight(db: PolicyLensDb, article: ArticleMeta, draft: HighlightDraft, now = Date.now()): Promise<HighlightRecord> {
  return inWriteTransaction(db, async () => {
    await touchArticle(db, article, now);
    const existing = draft.id === undefined ? undefined : await db.highlights.get(draft.id);
    const record: HighlightRecord = {
      id: draft.id ?? crypto.randomUUID(),
      articleKey: article.key,
      quote: draft.quote,
      position: draft.position,
      colour: draft.colour,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      deletedAt: null,
    };
    return putLive(db, db.highlights, searchEntriesFor.highlight, record, existing);
  });
}

/** The article's highlights in page order, without deleted ones. */
export async function highlightsForArticle(db: PolicyLensDb, articleKey: string): Promise<HighlightRecord[]> {
  const highlights = await db.highlights.where('articleKey').equals(articleKey).toArray();
  return highlights.filter((h) => h.deletedAt === null).sort((a, b) => a.position.start - b.position.start || a.id.localeCompare(b.id));
}

/** Soft-delete a highlight; `restoreHighlight` undoes it. */
export function deleteHighlight(db: PolicyLensDb, id: string, now = Date.now()): Promise<HighlightRecord | undefined> {
  return setDeleted(db, db.highlights, searchEntriesFor.highlight, id, true, now);
}

export function restoreHighlight(db: PolicyLensDb, id: string, now = Date.now()): Promise<HighlightRecord | undefined> {
  return setDeleted(db, db.highlights, searchEntriesFor.highlight, id, false, now);
}
