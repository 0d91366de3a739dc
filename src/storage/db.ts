/**
 * The notes database. Only extension pages and the service worker open it:
 * a content script's IndexedDB would belong to the web page's origin.
 *
 * Schema versions are declared once and never edited; a change is a new
 * `version(n)` with its own upgrade, so every older database can migrate.
 */
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';

/** An article the reader has kept something about. */
export interface ArticleRecord {
  /** The article key from `articleKey()`: canonical URL without tracking noise. */
  key: string;
  url: string;
  title: string;
  siteName: string | null;
  topic: string | null;
  createdAt: number;
  updatedAt: number;
}

/** A note the reader wrote about an article. */
export interface NoteRecord {
  id: string;
  articleKey: string;
  body: string;
  createdAt: number;
  updatedAt: number;
  /** Soft delete: kept so an undo or a sync can bring it back. */
  deletedAt: number | null;
}

export type PolicyLensDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'key'>;
  notes: EntityTable<NoteRecord, 'id'>;
};

export const DB_NAME = 'policy-lens';

export function openDatabase(name = DB_NAME): PolicyLensDb {
  const db = new Dexie(name) as PolicyLensDb;
  db.version(1).stores({
    articles: 'key, updatedAt',
    notes: 'id, articleKey, updatedAt',
  });
  return db;
}

let shared: PolicyLensDb | null = null;

/** The database this extension page or worker uses, opened on first use. */
export function database(): PolicyLensDb {
  shared ??= openDatabase();
  return shared;
}
