/**
 * Full-text search over notes, highlights, article titles and what the
 * analysis said about each article: its issue, stakeholders and quotes (see
 * search-index.ts for how words match).
 */
import type { ArticleRecord, PolicyLensDb, SearchEntry } from './db.ts';
import { summaryPieces, wordsOf } from './search-index.ts';
import type { SummaryPiece } from './search-index.ts';

export interface SearchHit {
  kind: Exclude<SearchEntry['kind'], 'summary'> | SummaryPiece['kind'];
  /** The note or highlight id, the article key for a title, `${article key}#${n}` for a piece of its summary. */
  id: string;
  articleKey: string;
  /** The text that matched: the note, the highlighted passage, the title, the issue, a stakeholder or a quote. */
  text: string;
}

export interface SearchResult {
  /** At most `MAX_HITS` records, with the pieces of summaries that matched. */
  hits: SearchHit[];
  /** How many records matched in all, which may be more than were returned. */
  matching: number;
}

/** Enough for a panel to show; a query that matches more is too broad to read anyway. */
export const MAX_HITS = 200;

/** A summary matching only as a whole (its words spread over several pieces) shows this many of its pieces. */
const PIECES_PER_SUMMARY = 3;

/**
 * Shorter query words must match a whole word: as a prefix, "a" or "th" would
 * match most of the library and make the first keystrokes the slowest.
 */
const MIN_PREFIX_LENGTH = 3;

/** Records in which every word of the query starts a word (or, if short, is one). */
export async function searchLibrary(db: PolicyLensDb, query: string): Promise<SearchHit[]> {
  return (await searchLibraryCounted(db, query)).hits;
}

export async function searchLibraryCounted(db: PolicyLensDb, query: string): Promise<SearchResult> {
  // Longest words first: they match the fewest entries, so the intersection shrinks fastest.
  const words = wordsOf(query).sort((a, b) => b.length - a.length);
  const none: SearchResult = { hits: [], matching: 0 };
  if (words.length === 0) return none;
  return db.transaction('r', [db.searchIndex, db.articles, db.notes, db.highlights], async () => {
    let entryIds: string[] | null = null;
    for (const word of words) {
      const index = db.searchIndex.where('words');
      const ids: string[] = await (word.length < MIN_PREFIX_LENGTH ? index.equals(word) : index.startsWith(word)).primaryKeys();
      const before: Set<string> = new Set(entryIds ?? ids);
      entryIds = ids.filter((id: string) => before.has(id));
      if (entryIds.length === 0) return none;
    }
    if (entryIds === null) return none;
    return { hits: await hitsFor(db, entryIds.slice(0, MAX_HITS), words), matching: entryIds.length };
  });
}

async function hitsFor(db: PolicyLensDb, entryIds: string[], words: string[]): Promise<SearchHit[]> {
  const idsOf = (kind: SearchEntry['kind']) => entryIds.filter((e) => e.startsWith(`${kind}:`)).map((e) => e.slice(kind.length + 1));
  const [articles, summaries, notes, highlights] = await Promise.all([
    db.articles.bulkGet(idsOf('article')),
    db.articles.bulkGet(idsOf('summary')),
    db.notes.bulkGet(idsOf('note')),
    db.highlights.bulkGet(idsOf('highlight')),
  ]);
  const hits: SearchHit[] = [];
  for (const a of articles) if (a) hits.push({ kind: 'article', id: a.key, articleKey: a.key, text: a.title });
  for (const a of summaries) if (a) hits.push(...summaryHits(a, words));
  for (const n of notes) if (n) hits.push({ kind: 'note', id: n.id, articleKey: n.articleKey, text: n.body });
  for (const h of highlights) if (h) hits.push({ kind: 'highlight', id: h.id, articleKey: h.articleKey, text: h.quote.exact });
  return hits;
}

/** The pieces of a matching summary worth showing: those with every query word, else those with any. */
function summaryHits(article: ArticleRecord, words: string[]): SearchHit[] {
  const pieces = summaryPieces(article).map((piece, n) => ({ piece, n, found: words.filter((w) => containsWord(wordsOf(piece.text), w)).length }));
  const all = pieces.filter((p) => p.found === words.length);
  const shown = all.length > 0 ? all : pieces.filter((p) => p.found > 0).slice(0, PIECES_PER_SUMMARY);
  return shown.map(({ piece, n }) => ({ kind: piece.kind, id: `${article.key}#${n}`, articleKey: article.key, text: piece.text }));
}

function containsWord(pieceWords: string[], word: string): boolean {
  return pieceWords.some((w) => (word.length < MIN_PREFIX_LENGTH ? w === word : w.startsWith(word)));
}
