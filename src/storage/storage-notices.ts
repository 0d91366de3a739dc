/**
 * What the reader must hear about their stored data, whichever context saw
 * it: a restore from the backup copy (kept in `storage.local` until
 * dismissed, as it may happen in the worker with no page open) and a
 * highlight the worker could not save (in `storage.session`, in memory: it
 * must get through when the disk is full).
 */
import browser from 'webextension-polyfill';
import { t, tCount } from '../shared/i18n.ts';
import { RESTORE_NOTICE_KEY } from './backup-copy.ts';
import type { RestoreNotice } from './backup-copy.ts';
import { describeStorageError, isDiskFull } from './durability.ts';

const HIGHLIGHT_NOT_SAVED_KEY = 'notice:highlight-not-saved';

export interface StorageNotice {
  key: string;
  text: string;
  /** A failure the reader must act on, rather than news. */
  alert: boolean;
}

export async function reportHighlightNotSaved(error: unknown): Promise<void> {
  try {
    const text = (await isDiskFull(error)) ? t('highlightNotSavedDiskFull') : t('highlightNotSaved', describeStorageError(error));
    await browser.storage.session.set({ [HIGHLIGHT_NOT_SAVED_KEY]: { text, at: Date.now() } });
  } catch {
    // Nowhere left to say it: the content script still hears that the save failed.
  }
}

export async function currentStorageNotices(): Promise<StorageNotice[]> {
  const [local, session] = await Promise.all([
    browser.storage.local.get(RESTORE_NOTICE_KEY),
    browser.storage.session.get(HIGHLIGHT_NOT_SAVED_KEY),
  ]);
  const notices: StorageNotice[] = [];
  const restored = local[RESTORE_NOTICE_KEY] as RestoreNotice | undefined;
  if (restored) {
    const notes = tCount(restored.notes, 'libraryNoteCountOne', 'libraryNoteCountOther');
    const highlights = tCount(restored.highlights, 'libraryHighlightCountOne', 'libraryHighlightCountOther');
    notices.push({ key: RESTORE_NOTICE_KEY, text: t('restoredFromCopy', notes, highlights), alert: false });
  }
  const highlight = session[HIGHLIGHT_NOT_SAVED_KEY] as { text: string } | undefined;
  if (highlight) notices.push({ key: HIGHLIGHT_NOT_SAVED_KEY, text: highlight.text, alert: true });
  return notices;
}

/** Call `onChange` whenever a notice appears or is dismissed; returns the unsubscribe. */
export function watchStorageNotices(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (RESTORE_NOTICE_KEY in changes || HIGHLIGHT_NOT_SAVED_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function dismissStorageNotice(key: string): Promise<void> {
  await (key === HIGHLIGHT_NOT_SAVED_KEY ? browser.storage.session : browser.storage.local).remove(key);
}
