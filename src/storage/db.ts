/**
 * The notes database. Only extension pages and the service worker open it:
 * a content script's IndexedDB would belong to the web page's origin.
 *
 * Schema versions are declared once and never edited; a change is a new
 * `version(n)` with its own upgrade, so every older database can migrate.
 * Each version's migration is tested from a database created at the version
 * before it (tests/unit/storage/migrations.test.ts).
 */
import Dexie from 'dexie';
import type { DexieOptions, EntityTable, Transaction } from 'dexie';
import type { ActorKind, Stance, TextPositionSelector, TextQuoteSelector } from '../engine/types.ts';
import type { ActorChoice } from '../shared/actors/identity.ts';
import type { StoredMergeReason } from '../shared/actors/merge-reasons.ts';
import { withBackupCopy } from './backup-copy.ts';
import { searchEntriesFor } from './search-index.ts';

/** A stakeholder's position as the analysis saw it when the reader kept something about the article. */
export interface StakeholderSnapshot {
  name: string;
  role: string | null;
  stance: Stance;
  /** Since v3: what the stance is about (null when the engine could not say, and in records kept before v3). */
  on: string | null;
  /** Since v3: the sentences behind the stance, as text. */
  evidence: string[];
}

/** Since v3: a pull quote as the analysis saw it. */
export interface QuoteSnapshot {
  text: string;
  speaker: string | null;
}

/** What the analysis said about the article, kept so the library can search it and exports can show it. */
export interface ArticleSummary {
  /** The article's policy question, when the engine could tell. */
  issue: string | null;
  stakeholders: StakeholderSnapshot[];
  quotes: QuoteSnapshot[];
  /** The engine that wrote the summary (null for records kept before v3). */
  engineVersion: string | null;
}

/** An article the reader has kept something about; `stakeholders` since v2, the rest of the summary since v3. */
export interface ArticleRecord extends ArticleSummary {
  /** The article key from `articleKey()`: canonical URL without tracking noise. */
  key: string;
  url: string;
  title: string;
  siteName: string | null;
  topic: string | null;
  createdAt: number;
  updatedAt: number;
  /** Derived (since v2): live notes and highlights, kept so the library lists without counting. */
  noteCount: number;
  highlightCount: number;
}

/** What a note is about, besides the article as a whole. */
export type NoteAttachment =
  | { kind: 'highlight'; highlightId: string }
  /** Analysis ids are not stable between engine versions: keep the quote's own selector and speaker. */
  | { kind: 'quote'; quote: TextQuoteSelector; speaker: string | null }
  | { kind: 'stakeholder'; name: string };

/** A note the reader wrote about an article. */
export interface NoteRecord {
  id: string;
  articleKey: string;
  body: string;
  /** Since v2. */
  tags: string[];
  /** Since v2. */
  attachment: NoteAttachment | null;
  createdAt: number;
  updatedAt: number;
  /** Soft delete: kept so an undo or an import can bring it back. */
  deletedAt: number | null;
}

export interface HighlightRecord {
  id: string;
  articleKey: string;
  /** W3C TextQuoteSelector over the page text (exact + up to 32 chars of prefix/suffix). */
  quote: TextQuoteSelector;
  /** Offsets into the page's text with all white space removed (see src/content/anchoring/page-text.ts). */
  position: TextPositionSelector;
  colour: string; // a named colour key, e.g. 'yellow'
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

/**
 * Derived (since v2): the words of a live note, highlight or article title
 * (and since v3 of the article's summary: issue, stakeholders, quotes), for
 * full-text search by word prefix. Rebuilt from the records, never exported.
 */
export interface SearchEntry {
  /** `${kind}:${record id or article key}` */
  id: string;
  kind: 'note' | 'highlight' | 'article' | 'summary';
  articleKey: string;
  words: string[];
}

/** Since v4: a stakeholder as memory keeps it, with its kind and each piece of evidence's selector. */
export interface RememberedStakeholder extends Omit<StakeholderSnapshot, 'evidence'> {
  kind: ActorKind;
  evidence: { text: string; quote: TextQuoteSelector }[];
}

/**
 * Since v4: a policy article the reader opened the panel on, as its analysis
 * saw it, whether or not they kept a note about it (memory across articles).
 */
export interface RememberedArticle {
  key: string;
  url: string;
  title: string;
  siteName: string | null;
  topic: string | null;
  issue: string | null;
  /** Derived: the issue's content words, indexed to find other articles on the same question. */
  issueWords: string[];
  stakeholders: RememberedStakeholder[];
  quotes: QuoteSnapshot[];
  /** The page's published date when its metadata gives one, else when the reader first saw it. */
  date: number;
  dateSource: 'published' | 'first-seen';
  firstSeenAt: number;
  updatedAt: number;
  engineVersion: string;
}

/** Since v4, derived from remembered articles (never exported): one stakeholder of one article, indexed by identity key. */
export interface MentionRecord {
  /** `${articleKey}#${stakeholder index}` */
  id: string;
  articleKey: string;
  /** The stakeholder's index in its article's `stakeholders`. */
  index: number;
  name: string;
  role: string | null;
  kind: ActorKind;
  /** The article's date, so recall picks the newest articles before reading any. */
  date: number;
  /** From `identityKeysOf`: a person's surname, a body name's first and last words. */
  identityKeys: string[];
  /**
   * Since v6, derived: the actor the mention is one of (the identity module's
   * id), kept by the People directory on every write. Absent until the
   * directory is built.
   */
  actorId?: string;
  /** Since v7: what recall shows of this mention (the stakeholder's position, its article's title, address, outlet and issue), so it reads no whole article. */
  stance: Stance;
  on: string | null;
  title: string;
  url: string;
  outlet: string | null;
  issue: string | null;
  /**
   * Since v8, derived with `actorId`: on the article's first mention of that
   * actor (absent on the others), the actor's id and the article's date
   * negated, so an index lists an actor's articles newest first and recall
   * reads the newest few up to a date, or those of one date, in one request.
   */
  recallNewest?: [actorId: string, negatedDate: number];
  /**
   * From v8 to v9, derived: on a sided first mention, one key per content word
   * of its issue, indexed so recall could walk an actor's positions on a
   * question. Unindexed since v10 (an actor's timeline dates a changed position,
   * read by `recallNewest`), and dropped from each mention as the directory is rebuilt.
   */
  recallIssue?: unknown;
}

/** Since v6, derived: where one actor was met, so recall and the actor's page read it in one record. */
export interface ActorMentionsRecord {
  /** The actor's id. */
  id: string;
  /**
   * Oldest first (same date: by article key, then stakeholder index); since
   * v7 with the stance and the article's issue, so recall picks the positions
   * it shows (the newest, a changed one) before reading any.
   */
  mentions: { articleKey: string; index: number; date: number; stance: Stance; issue: string | null }[];
}

/** One of an actor's articles as recall shows it (the article's first mention of the actor). */
export type SummaryMention = Pick<MentionRecord, 'id' | 'articleKey' | 'date' | 'name' | 'stance' | 'on' | 'title' | 'url' | 'outlet' | 'issue'>;

/**
 * Since v11, derived with the actor (never exported): what recall needs of
 * one actor besides its articles: its shown name, why its names are one, and
 * its timeline, newest first, so recall for an article of any date counts the
 * actor's articles up to its date and dates a changed position before
 * reading it. The timeline is in typed arrays, cloned as a few byte copies
 * however often the actor was met (v9's summaries kept it as arrays of small
 * arrays: up to 45 KB of objects per busy actor, read whole by every recall).
 */
export interface ActorRecallRecord {
  /** The actor's id. */
  id: string;
  /** As the People row names it; null for a group named by a common noun (shown by each article's own name). */
  name: string | null;
  reasons: StoredMergeReason[];
  /** Every article's date (its first mention of the actor); its length is the actor's article count. */
  dates: Float64Array;
  /** Every sided position (its article's first mention of the actor): date, stance (an index in `SIDED_STANCES`), issue (an index in `issues`). */
  positionDates: Float64Array;
  positionStances: Uint8Array;
  positionIssues: Uint32Array;
  issues: string[];
}
/** Since v4: the reader's hand merges and splits of actors. */
export type ActorChoiceRecord = ActorChoice;

/**
 * Since v5, derived from the mentions and the reader's actor choices (never
 * exported): one actor of the People view, so it opens and searches without
 * grouping every mention again. Refreshed by src/storage/memory/people-directory.ts.
 */
export interface PeopleRow {
  /** The identity module's actor id. */
  id: string;
  kind: 'person' | 'body';
  name: string;
  /** Every name form, sorted. */
  names: string[];
  /** Why these names are one actor: the identity module's codes (English sentences in rows built before codes). */
  reasons: StoredMergeReason[];
  articleCount: number;
  /** Since v6: the listing order, most written about first, then by name (indexed, so the first page is one read). */
  rank: [number, string];
  /** The folded words of every name form, for search by prefix. */
  words: string[];
}

/** Since v5 (simplified in v6): what the People rows and the mentions' actors were last built from. */
export interface PeopleState {
  id: 'state';
  /** Rows are rebuilt from scratch when the way they are built changes. */
  version: number;
  /** The reader's choices the rows include (choices can also arrive by import or restore). */
  choiceIds: string[];
  /** How many rows there are (counting them takes a walk over every row). */
  total: number;
  /**
   * Since v8: while the directory is rebuilt in steps, the last identity key
   * done ('' before the first step); absent once it is complete.
   */
  builtUpTo?: string;
}

export type PolicyLensDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'key'>;
  notes: EntityTable<NoteRecord, 'id'>;
  highlights: EntityTable<HighlightRecord, 'id'>;
  searchIndex: EntityTable<SearchEntry, 'id'>;
  memory: EntityTable<RememberedArticle, 'key'>;
  mentions: EntityTable<MentionRecord, 'id'>;
  actorChoices: EntityTable<ActorChoiceRecord, 'id'>;
  people: EntityTable<PeopleRow, 'id'>;
  peopleState: EntityTable<PeopleState, 'id'>;
  actorMentions: EntityTable<ActorMentionsRecord, 'id'>;
  actorRecall: EntityTable<ActorRecallRecord, 'id'>;
};

export const DB_NAME = 'policy-lens';

/** Version 1: frozen. Declared on its own so tests can create a database exactly as v1 left it. */
export function declareVersion1(db: Dexie): void {
  db.version(1).stores({
    articles: 'key, updatedAt',
    notes: 'id, articleKey, updatedAt',
    highlights: 'id, articleKey, updatedAt',
  });
}

/** Version 2: tags and attachments on notes, stakeholders and counts on articles, a search index. */
export function declareVersion2(db: Dexie): void {
  db.version(2)
    .stores({
      articles: 'key, updatedAt, topic, siteName',
      notes: 'id, articleKey, updatedAt, *tags',
      searchIndex: 'id, articleKey, *words',
    })
    .upgrade(migrateToVersion2);
}

async function migrateToVersion2(tx: Transaction): Promise<void> {
  const notes = tx.table<NoteRecord, string>('notes');
  const highlights = tx.table<HighlightRecord, string>('highlights');
  const articles = tx.table<ArticleRecord, string>('articles');
  await notes.toCollection().modify((note) => {
    note.tags ??= [];
    note.attachment ??= null;
  });
  const liveNotes = (await notes.toArray()).filter((n) => n.deletedAt === null);
  const liveHighlights = (await highlights.toArray()).filter((h) => h.deletedAt === null);
  const noteCounts = countByArticle(liveNotes);
  const highlightCounts = countByArticle(liveHighlights);
  const allArticles = await articles.toArray();
  for (const article of allArticles) {
    article.stakeholders ??= [];
    article.noteCount = noteCounts.get(article.key) ?? 0;
    article.highlightCount = highlightCounts.get(article.key) ?? 0;
  }
  await articles.bulkPut(allArticles);
  await tx.table<SearchEntry, string>('searchIndex').bulkPut([
    ...allArticles.map((a) => searchEntriesFor.article(a)),
    ...liveNotes.map((n) => searchEntriesFor.note(n)),
    ...liveHighlights.map((h) => searchEntriesFor.highlight(h)),
  ]);
}

/** Version 3: the article's summary (issue, what each stance is about and its evidence, quotes), searchable. */
export function declareVersion3(db: Dexie): void {
  db.version(3).stores({}).upgrade(migrateToVersion3);
}

async function migrateToVersion3(tx: Transaction): Promise<void> {
  const articles = tx.table<ArticleRecord, string>('articles');
  const upgraded = (await articles.toArray()).map((article) => ({
    ...article,
    issue: article.issue ?? null,
    quotes: article.quotes ?? [],
    engineVersion: article.engineVersion ?? null,
    stakeholders: article.stakeholders.map((s) => ({ ...s, on: s.on ?? null, evidence: s.evidence ?? [] })),
  }));
  await articles.bulkPut(upgraded);
  await tx.table<SearchEntry, string>('searchIndex').bulkPut(upgraded.map((a) => searchEntriesFor.summary(a)));
}

/** Version 4: memory across articles (remembered articles, their indexed mentions, the reader's actor choices). Nothing to migrate. */
export function declareVersion4(db: Dexie): void {
  db.version(4).stores({
    memory: 'key, updatedAt, *issueWords, topic',
    mentions: 'id, articleKey, *identityKeys',
    actorChoices: 'id, at',
  });
}

/** Version 5: the People view's directory of actors, derived from the mentions. Nothing to migrate: built on first use. */
export function declareVersion5(db: Dexie): void {
  db.version(5).stores({
    people: 'id, articleCount, *articleKeys, *identityKeys, *words',
    peopleState: 'id',
  });
}

/**
 * Version 6: actors kept on write. Each mention keeps its actor, each actor
 * where it was met (one record, read whole by recall, instead of regrouping
 * thousands of mentions); People rows drop their per-article lists (thousands
 * of index entries for a busy actor) and are listed by a rank index. All
 * derived: the directory is rebuilt on first use.
 */
export function declareVersion6(db: Dexie): void {
  db.version(6)
    .stores({
      people: 'id, rank, *words',
      actorMentions: 'id',
    })
    .upgrade(async (tx) => {
      await tx.table('people').clear();
      await tx.table('peopleState').clear();
    });
}

/**
 * Version 7: each mention keeps what recall shows of it (stance, on, the
 * article's title, address, outlet and issue), filled from the remembered
 * articles; the actors' records gain stances and issues when the directory is
 * rebuilt (its version changed too).
 */
export function declareVersion7(db: Dexie): void {
  db.version(7).stores({}).upgrade(migrateToVersion7);
}

async function migrateToVersion7(tx: Transaction): Promise<void> {
  const articles = new Map<string, Pick<RememberedArticle, 'title' | 'url' | 'siteName' | 'issue'> & { positions: Pick<RememberedStakeholder, 'stance' | 'on'>[] }>();
  await tx.table<RememberedArticle, string>('memory').each((a) => {
    articles.set(a.key, { title: a.title, url: a.url, siteName: a.siteName, issue: a.issue, positions: a.stakeholders.map((s) => ({ stance: s.stance, on: s.on })) });
  });
  await tx.table<MentionRecord, string>('mentions').toCollection().modify((mention) => {
    const article = articles.get(mention.articleKey);
    const position = article?.positions[mention.index];
    mention.stance = position?.stance ?? 'unclear';
    mention.on = position?.on ?? null;
    mention.title = article?.title ?? '';
    mention.url = article?.url ?? mention.articleKey;
    mention.outlet = article?.siteName ?? null;
    mention.issue = article?.issue ?? null;
  });
}

/**
 * Version 8: recall's indexes over the mentions (an actor's articles by date,
 * and its sided positions by issue word), so recall reads only what it shows.
 * Nothing to migrate here: the fields are derived, and the People directory
 * (its version changed too) fills them as it is rebuilt in bounded steps,
 * after the database is open, rather than in one long upgrade.
 */
export function declareVersion8(db: Dexie): void {
  db.version(8).stores({
    mentions: 'id, articleKey, *identityKeys, recallNewest, *recallIssue',
  });
}

/**
 * Version 9: one small summary per actor (its newest articles and its sided
 * positions per issue), so recall reads an article's actors in one request.
 * Nothing to migrate: derived, filled by the People directory's rebuild (its
 * version changed too); recall works from the mentions until then.
 */
export function declareVersion9(db: Dexie): void {
  db.version(9).stores({ actorSummaries: 'id' });
}

/**
 * Version 10: the mentions' index by issue word goes. Recall for an article
 * of any date dates a changed position from its actor's timeline (in the
 * summary, directory version 7) and reads that date's mentions by
 * `recallNewest`: one index less to keep on every write. Nothing to migrate:
 * the directory's rebuild drops the field from each mention it rewrites.
 */
export function declareVersion10(db: Dexie): void {
  db.version(10).stores({ mentions: 'id, articleKey, *identityKeys, recallNewest' });
}

/**
 * Version 11: one record per actor with what recall needs (its name, why,
 * and its timeline in typed arrays), in place of the summaries of its newest
 * articles: recall reads those by `recallNewest`, beside these, in one round. Nothing
 * to migrate: derived, filled by the People directory's rebuild (its version
 * changed too); recall works from the mentions until then.
 */
export function declareVersion11(db: Dexie): void {
  db.version(11).stores({ actorSummaries: null, actorRecall: 'id' });
}

function countByArticle(records: { articleKey: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.articleKey, (counts.get(r.articleKey) ?? 0) + 1);
  return counts;
}

export function openDatabase(name = DB_NAME, options: DexieOptions = {}): PolicyLensDb {
  const db = new Dexie(name, options) as PolicyLensDb;
  declareVersion1(db);
  declareVersion2(db);
  declareVersion3(db);
  declareVersion4(db);
  declareVersion5(db);
  declareVersion6(db);
  declareVersion7(db);
  declareVersion8(db);
  declareVersion9(db);
  declareVersion10(db);
  declareVersion11(db);
  return db;
}

/**
 * Run `write` in one read-write transaction over every table, so a record, its
 * article's counts and its search entry change together or not at all.
 * Nested calls join the outer transaction (an import is one transaction).
 */
export function inWriteTransaction<T>(db: PolicyLensDb, write: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [db.articles, db.notes, db.highlights, db.searchIndex], write);
}

let shared: PolicyLensDb | null = null;

/** The database this extension page or worker uses, opened on first use, with its backup copy in `storage.local`. */
export function database(): PolicyLensDb {
  shared ??= withBackupCopy(openDatabase());
  // Dexie gives up on a database that failed to open (as on a full disk): try again on this use, there may be room now.
  if (shared.hasFailed()) shared.close({ disableAutoOpen: false });
  return shared;
}
