/** Full-text search over notes, highlights and article titles (see search-index.ts for how words match). */
import type { PolicyLensDb, SearchEntry } from './db.ts';
import { wordsOf } from './search-index.ts';

export interface SearchHit {
  kind: SearchEntry['kind'];
  /** The note or highlight id, or the article key for a title. */
  id: string;
  articleKey: string;
  /** The text that matched: the note, the highlighted passage, or the title. */
  text: string;
}

/** Enough for a panel to show; a query that matches more is too broad to read anyway. */
export const MAX_HITS = 200;

/**
 * Shorter query words must match a whole word: as a prefix, "a" or "th" would
 * match most of the library and make the first keystrokes the slowest.
 */
const MIN_PREFIX_LENGTH = 3;

/** Records in which every word of the query starts a word (or, if short, is one). */
export async function searchLibrary(db: PolicyLensDb, query: string): Promise<SearchHit[]> {
  // Longest words first: they match the fewest entries, so the intersection shrinks fastest.
  const words = wordsOf(query).sort((a, b) => b.length - a.length);
  if (words.length === 0) return [];
  return db.transaction('r', [db.searchIndex, db.articles, db.notes, db.highlights], async () => {
    let matching: Set<string> | null = null;
    for (const word of words) {
      const index = db.searchIndex.where('words');
      const ids: string[] = await (word.length < MIN_PREFIX_LENGTH ? index.equals(word) : index.startsWith(word)).primaryKeys();
      matching = new Set(matching === null ? ids : ids.filter((id) => matching!.has(id)));
      if (matching.size === 0) return [];
    }
    const entryIds = [...(matching ?? [])].slice(0, MAX_HITS);
    return hitsFor(db, entryIds);
  });
}

async function hitsFor(db: PolicyLensDb, entryIds: string[]): Promise<SearchHit[]> {
  const idsOf = (kind: SearchEntry['kind']) => entryIds.filter((e) => e.startsWith(`${kind}:`)).map((e) => e.slice(kind.length + 1));
  const [articles, notes, highlights] = await Promise.all([
    db.articles.bulkGet(idsOf('article')),
    db.notes.bulkGet(idsOf('note')),
    db.highlights.bulkGet(idsOf('highlight')),
  ]);
  const hits: SearchHit[] = [];
  for (const a of articles) if (a) hits.push({ kind: 'article', id: a.key, articleKey: a.key, text: a.title });
  for (const n of notes) if (n) hits.push({ kind: 'note', id: n.id, articleKey: n.articleKey, text: n.body });
  for (const h of highlights) if (h) hits.push({ kind: 'highlight', id: h.id, articleKey: h.articleKey, text: h.quote.exact });
  return hits;
}
