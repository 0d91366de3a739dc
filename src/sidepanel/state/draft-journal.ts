/**
 * A synchronous copy of every unsaved note draft in localStorage, written on
 * each keystroke. IndexedDB writes are asynchronous: a panel closed (or a
 * browser killed) before its save commits would lose the last words. The next
 * panel to open saves what such a page left behind.
 *
 * Each page journals under its own key and holds a Web Lock for its lifetime,
 * so a panel only recovers journals of pages that are gone, never the live
 * drafts of another open panel.
 */
import type { ArticleMeta } from '../../storage/articles.ts';
import type { NoteDraft } from '../../storage/notes.ts';

export interface JournalledDraft extends NoteDraft {
  article: ArticleMeta;
  baseUpdatedAt: number | null;
}

const PREFIX = 'policy-lens:unsaved:';
const pageId = crypto.randomUUID();
const pageKey = PREFIX + pageId;
const lockName = (id: string) => `policy-lens-page:${id}`;

// Held until this page closes; the promise never settles on purpose.
navigator.locks?.request(lockName(pageId), () => new Promise<never>(() => {}));

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

function write(): void {
  try {
    if (Object.keys(entries).length === 0) localStorage.removeItem(pageKey);
    else localStorage.setItem(pageKey, JSON.stringify(entries));
  } catch {
    // localStorage full or unavailable: the draft still lives in the editor and its save is retried.
  }
}

/**
 * Drafts left by pages that closed before saving them. `release` removes a
 * page's journal once its drafts are safely stored.
 */
export async function orphanedJournals(): Promise<{ drafts: JournalledDraft[]; release(): void }[]> {
  if (!navigator.locks) return [];
  const held = new Set(((await navigator.locks.query()).held ?? []).map((lock) => lock.name));
  const journals = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(PREFIX) || key === pageKey || held.has(lockName(key.slice(PREFIX.length)))) continue;
    try {
      const drafts = Object.values(JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, JournalledDraft>);
      journals.push({ drafts, release: () => localStorage.removeItem(key) });
    } catch {
      localStorage.removeItem(key);
    }
  }
  return journals;
}
