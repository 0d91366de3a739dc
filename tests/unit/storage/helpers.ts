/** Shared test data for the storage tests: fresh databases and small seeded libraries. */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { openDatabase } from '../../../src/storage/db.ts';
import type { ArticleSummary, PolicyLensDb } from '../../../src/storage/db.ts';
import type { ArticleMeta } from '../../../src/storage/articles.ts';
import { saveHighlight } from '../../../src/storage/highlights.ts';
import { deleteNote, saveNote } from '../../../src/storage/notes.ts';
import type { NoteDraft } from '../../../src/storage/notes.ts';

let opened = 0;

export function freshDatabase(): PolicyLensDb {
  return openDatabase(`test-${Date.now()}-${++opened}`);
}

/** A fresh database per call, each deleted after the test that opened it. Call once per test file. */
export function freshDatabasesDeletedAfterEach(): () => PolicyLensDb {
  const open: PolicyLensDb[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });
  return () => {
    const db = freshDatabase();
    open.push(db);
    return db;
  };
}

export function articleMeta(n: number, overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    key: `https://news.example/story-${n}`,
    url: `https://news.example/story-${n}?utm_source=feed`,
    title: `Story number ${n}`,
    siteName: n % 2 ? 'The Ledger' : 'Daily Courier',
    topic: n % 3 ? 'Immigration' : 'Health',
    ...overrides,
  };
}

/** What the panel's analysis said about the first seeded article. */
export const SUMMARY: ArticleSummary = {
  issue: 'a returns agreement for rejected asylum seekers',
  stakeholders: [
    {
      name: 'Maxime Prévot',
      role: 'Belgian minister',
      stance: 'opposes',
      on: 'the returns agreement',
      evidence: ['Prévot said the agreement would not pass the cabinet.'],
    },
  ],
  quotes: [{ text: 'We will not sign a deal we cannot enforce', speaker: 'Maxime Prévot' }],
  engineVersion: 'test-1',
};

export function draft(id: string, body: string, extra: Partial<NoteDraft> = {}): NoteDraft {
  return { id, body, tags: [], attachment: null, ...extra };
}

export function quoteSelector(exact: string) {
  return { type: 'TextQuoteSelector' as const, exact, prefix: 'said that ', suffix: ' on Monday' };
}

/** Two articles with notes (one tagged, one attached to a highlight), a highlight and a deleted note. */
export async function seedLibrary(db: PolicyLensDb): Promise<void> {
  const first = articleMeta(1, { summary: SUMMARY });
  const highlight = await saveHighlight(
    db,
    first,
    { id: 'h1', quote: quoteSelector('I cannot block it'), position: { type: 'TextPositionSelector', start: 10, end: 25 }, colour: 'yellow' },
    1_000,
  );
  await saveNote(db, first, draft('n1', 'Check the visa numbers before Friday', { tags: ['visa', 'follow-up'] }), { baseUpdatedAt: null, now: 2_000 });
  await saveNote(db, first, draft('n2', 'Prévot hedges here', { attachment: { kind: 'highlight', highlightId: highlight.id } }), {
    baseUpdatedAt: null,
    now: 3_000,
  });
  await saveNote(db, articleMeta(2), draft('n3', 'Hospital budgets fall again'), { baseUpdatedAt: null, now: 4_000 });
  await saveNote(db, articleMeta(2), draft('n4', 'deleted thought'), { baseUpdatedAt: null, now: 5_000 });
  await deleteNote(db, 'n4', 6_000);
}
