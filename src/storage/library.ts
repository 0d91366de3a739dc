/** The library: every article the reader kept something about, newest first, and the filters over it. */
import type { ArticleRecord, PolicyLensDb } from './db.ts';

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
  return db.articles
    .orderBy('updatedAt')
    .reverse()
    .filter(
      (a) =>
        a.noteCount + a.highlightCount > 0 &&
        (filter.topic === null || a.topic === filter.topic) &&
        (filter.site === null || a.siteName === filter.site) &&
        (taggedArticles === null || taggedArticles.has(a.key)),
    )
    .toArray();
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
