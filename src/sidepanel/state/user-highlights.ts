/**
 * The reader's highlights for the panel's article, live from the database,
 * drawn on the page whenever they change; the page answers which it could not
 * find, and those are listed as not found rather than dropped.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { toDrawnPassage } from '../../shared/highlight-passage.ts';
import type { DrawResponse } from '../../shared/messages.ts';
import { sendToTab } from '../../shared/runtime.ts';
import { database } from '../../storage/db.ts';
import type { HighlightRecord, NoteRecord } from '../../storage/db.ts';
import { highlightsForArticle } from '../../storage/highlights.ts';
import { notesForArticle } from '../../storage/notes.ts';
import { useLiveQuery } from './live-query.ts';

export interface UserHighlights {
  highlights: HighlightRecord[];
  /** Ids the page could not find; null until the page has answered. */
  missing: Set<string> | null;
  /** The bodies of the notes attached to each highlight, by highlight id. */
  notes: Map<string, string[]>;
}

export function useUserHighlights(tabId: number | null, articleKey: string | null): UserHighlights {
  const live = useLiveQuery(() => (articleKey ? highlightsForArticle(database(), articleKey) : Promise.resolve([])), [articleKey]);
  const highlights = live.status === 'ready' ? live.value : [];
  const liveNotes = useLiveQuery(() => (articleKey ? notesForArticle(database(), articleKey) : Promise.resolve([])), [articleKey]);
  const notes = useMemo(() => notesByHighlight(liveNotes.status === 'ready' ? liveNotes.value : []), [liveNotes]);
  const [missing, setMissing] = useState<Set<string> | null>(null);

  useEffect(() => {
    if (tabId === null || live.status !== 'ready') return;
    let current = true;
    sendToTab<DrawResponse>(tabId, { type: 'draw-passages', set: 'user', passages: live.value.map(toDrawnPassage) })
      .then((response) => current && setMissing(new Set(response?.missing ?? [])))
      .catch(() => current && setMissing(new Set(live.value.map((h) => h.id))));
    return () => {
      current = false;
    };
  }, [tabId, live]);

  return { highlights, missing, notes };
}

function notesByHighlight(notes: NoteRecord[]): Map<string, string[]> {
  const byHighlight = new Map<string, string[]>();
  for (const note of notes) {
    if (note.attachment?.kind !== 'highlight' || !note.body.trim()) continue;
    byHighlight.set(note.attachment.highlightId, [...(byHighlight.get(note.attachment.highlightId) ?? []), note.body]);
  }
  return byHighlight;
}
