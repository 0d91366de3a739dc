/**
 * A copy of every unsaved note draft, written on each keystroke to a small
 * IndexedDB database of its own with strict durability: Chromium commits it
 * to disk before the write reports success, so a panel closed or a browser
 * killed before the note's save commits loses at most the keystroke being
 * written. (localStorage reaches the disk seconds later: it is only the
 * fallback where IndexedDB is unavailable.)
 * The next panel to open saves what such a page left behind.
 *
 * Each page journals under its own id and holds a Web Lock for its lifetime,
 * so a panel only recovers journals of pages that are gone, never the live
 * drafts of another open panel.
 */
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { ArticleMeta } from '../../storage/articles.ts';
import type { NoteDraft } from '../../storage/notes.ts';

export interface JournalledDraft extends NoteDraft {
  article: ArticleMeta;
  baseUpdatedAt: number | null;
}

interface PageJournal {
  pageId: string;
  drafts: Record<string, JournalledDraft>;
}

type JournalDb = Dexie & { pages: EntityTable<PageJournal, 'pageId'> };

const JOURNAL_DB_NAME = 'policy-lens-drafts';
const pageId = crypto.randomUUID();
const lockName = (id: string) => `policy-lens-page:${id}`;

// Held until this page closes; the promise never settles on purpose.
navigator.locks?.request(lockName(pageId), () => new Promise<never>(() => {}));

let journalDb: JournalDb | null = null;

function journal(): JournalDb {
  if (!journalDb) {
    journalDb = new Dexie(JOURNAL_DB_NAME, { chromeTransactionDurability: 'strict' }) as JournalDb;
    journalDb.version(1).stores({ pages: 'pageId' });
  }
  return journalDb;
}

let entries: Record<string, JournalledDraft> = {};

export function journalDraft(draft: JournalledDraft): void {
  entries = { ...entries, [draft.id]: draft };
  write();
}

export function forgetDraft(id: string): void {
  if (!(id in entries)) return;
  const { [id]: _forgotten, ...rest } = entries;
  entries = rest;
  write();
}

/**
 * One write at a time, each of the latest entries: keystrokes that arrive
 * while a write commits are folded into the next one rather than queued.
 */
let writing: Promise<void> | null = null;
let behind = false;

function write(): void {
  behind = true;
  writing ??= drain();
}

async function drain(): Promise<void> {
  while (behind) {
    behind = false;
    const snapshot = entries;
    try {
      if (Object.keys(snapshot).length === 0) await journal().pages.delete(pageId);
      else await journal().pages.put({ pageId, drafts: snapshot });
      fallbackWrite({});
    } catch {
      // No IndexedDB (as in some private windows): localStorage, written lazily, is better than nothing.
      fallbackWrite(snapshot);
    }
  }
  writing = null;
}

const FALLBACK_PREFIX = 'policy-lens:unsaved:';

function fallbackWrite(drafts: Record<string, JournalledDraft>): void {
  try {
    if (Object.keys(drafts).length === 0) localStorage.removeItem(FALLBACK_PREFIX + pageId);
    else localStorage.setItem(FALLBACK_PREFIX + pageId, JSON.stringify(drafts));
  } catch {
    // Full or unavailable too: the draft still lives in the editor and its save is retried.
  }
}

/** Journals of gone pages that could only be kept in localStorage. */
function fallbackJournals(held: Set<string>): { drafts: JournalledDraft[]; release(): Promise<void> }[] {
  const journals = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    const id = key?.startsWith(FALLBACK_PREFIX) ? key.slice(FALLBACK_PREFIX.length) : null;
    if (key == null || id === null || id === pageId || held.has(lockName(id))) continue;
    try {
      const drafts = Object.values(JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, JournalledDraft>);
      journals.push({ drafts, release: async () => localStorage.removeItem(key) });
    } catch {
      localStorage.removeItem(key);
    }
  }
  return journals;
}

/**
 * Drafts left by pages that closed before saving them. `release` removes a
 * page's journal once its drafts are safely stored.
 */
export async function orphanedJournals(): Promise<{ drafts: JournalledDraft[]; release(): Promise<void> }[]> {
  if (!navigator.locks) return [];
  const held = new Set(((await navigator.locks.query()).held ?? []).map((lock) => lock.name ?? ''));
  const pages = await journal()
    .pages.toArray()
    .catch(() => []);
  return [
    ...fallbackJournals(held),
    ...pages
      .filter((page) => page.pageId !== pageId && !held.has(lockName(page.pageId)))
      .map((page) => ({ drafts: Object.values(page.drafts), release: () => journal().pages.delete(page.pageId) })),
  ];
}
