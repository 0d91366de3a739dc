/**
 * The library: every article the reader kept something about, newest first,
 * and the filters over it; on request also the articles memory keeps without
 * notes ("all read"), so remembered articles do not flood the notes list.
 */
import type { ArticleRecord, PolicyLensDb, RememberedArticle } from './db.ts';

export interface LibraryFilter {
  topic: string | null;
  site: string | null;
  tag: string | null;
}

export const NO_FILTER: LibraryFilter = { topic: null, site: null, tag: null };

export interface LibraryFacets {
  topics: string[];
  sites: string[];
  tags: string[];
}

/** Articles with at least one live note or highlight, most recently changed first. */
export async function listLibrary(db: PolicyLensDb, filter: LibraryFilter = NO_FILTER): Promise<ArticleRecord[]> {
  const taggedArticles = filter.tag === null ? null : await articlesTagged(db, filter.tag);
  // One request for the whole table, sorted here: a reversed, filtered collection walks a cursor, a request per record.
  const articles = await db.articles.toArray();
  return articles
    .filter(
      (a) =>
        a.noteCount + a.highlightCount > 0 &&
        (filter.topic === null || a.topic === filter.topic) &&
        (filter.site === null || a.siteName === filter.site) &&
        (taggedArticles === null || taggedArticles.has(a.key)),
    )
    .sort((a, b) => b.updatedAt - a.updatedAt || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
}

/**
 * Remembered articles without a record of their own (no note or highlight was
 * ever kept on them), as library rows with no notes, most recently read first.
 * A tag filter leaves none: they have no notes to be tagged. Walked by a
 * cursor, unlike the list above: read in one request, a remembered article
 * the reader forgot stayed listed (the live query was not woken by the
 * deletion; tests/e2e/memory.test.ts). Kept articles are never deleted.
 */
export async function listRememberedOnly(db: PolicyLensDb, filter: LibraryFilter = NO_FILTER): Promise<ArticleRecord[]> {
  if (filter.tag !== null) return [];
  const remembered = await db.memory
    .orderBy('updatedAt')
    .reverse()
    .filter((a) => (filter.topic === null || a.topic === filter.topic) && (filter.site === null || a.siteName === filter.site))
    .toArray();
  const kept = new Set(await db.articles.where('key').anyOf(remembered.map((a) => a.key)).primaryKeys());
  return remembered.filter((a) => !kept.has(a.key)).map(libraryRowOf);
}

function libraryRowOf(a: RememberedArticle): ArticleRecord {
  return {
    key: a.key,
    url: a.url,
    title: a.title,
    siteName: a.siteName,
    topic: a.topic,
    issue: a.issue,
    stakeholders: a.stakeholders.map((s) => ({ name: s.name, role: s.role, stance: s.stance, on: s.on, evidence: s.evidence.map((e) => e.text) })),
    quotes: a.quotes,
    engineVersion: a.engineVersion,
    createdAt: a.firstSeenAt,
    updatedAt: a.updatedAt,
    noteCount: 0,
    highlightCount: 0,
  };
}

async function articlesTagged(db: PolicyLensDb, tag: string): Promise<Set<string>> {
  const notes = await db.notes.where('tags').equals(tag).toArray();
  return new Set(notes.filter((n) => n.deletedAt === null).map((n) => n.articleKey));
}

/** The topics, sites and tags to filter by (read from the indexes rather than by loading every record). */
export async function libraryFacets(db: PolicyLensDb): Promise<LibraryFacets> {
  const [topics, sites, tags] = await Promise.all([
    db.articles.orderBy('topic').uniqueKeys(),
    db.articles.orderBy('siteName').uniqueKeys(),
    db.notes.orderBy('tags').uniqueKeys(),
  ]);
  // A tag may survive only on deleted notes: offer it only if a live note still has it.
  const liveTags = await Promise.all(
    tags.map(async (tag) => ((await db.notes.where('tags').equals(tag).filter((n) => n.deletedAt === null).first()) ? String(tag) : null)),
  );
  return { topics: topics.map(String), sites: sites.map(String), tags: liveTags.filter((t) => t !== null) };
}
