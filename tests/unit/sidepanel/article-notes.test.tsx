// @vitest-environment jsdom
/**
 * The panel's notes of an article while they load: no empty note is offered
 * until the stored notes are known, so nothing the reader starts typing in is
 * replaced under the cursor when they arrive.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { articleMeta, draft } from '../storage/helpers.ts';

vi.mock('webextension-polyfill', () => import('../support/english-i18n.ts'));

const { database } = await import('../../../src/storage/db.ts');
const { saveNote } = await import('../../../src/storage/notes.ts');
const { useArticleNotes } = await import('../../../src/sidepanel/state/article-notes.ts');
type ArticleNotes = ReturnType<typeof useArticleNotes>;

afterEach(async () => {
  await database().notes.clear();
});

function watchNotes(article: ReturnType<typeof articleMeta>): { seen: ArticleNotes[]; root: HTMLElement } {
  const seen: ArticleNotes[] = [];
  function Probe() {
    seen.push(useArticleNotes(article));
    return null;
  }
  const root = document.createElement('div');
  act(() => render(<Probe />, root));
  return { seen, root };
}

test('an article with a stored note: while loading no note is offered, then only the stored one', async () => {
  const article = articleMeta(1);
  await saveNote(database(), article, draft('stored-1', 'written before'), { baseUpdatedAt: null });
  const { seen, root } = watchNotes(article);
  await vi.waitFor(() => expect(seen.at(-1)?.status).not.toBe('loading'));
  for (const state of seen.filter((s) => s.status === 'loading')) expect(state.notes).toEqual([]);
  expect(seen.at(-1)?.notes.map((n) => n.body)).toEqual(['written before']);
  expect(seen.some((s) => s.notes.some((n) => n.body === ''))).toBe(false);
  act(() => render(null, root));
});

test('an article without notes: one empty note to type in, once loaded', async () => {
  const { seen, root } = watchNotes(articleMeta(2));
  await vi.waitFor(() => expect(seen.at(-1)?.status).not.toBe('loading'));
  expect(seen.at(-1)?.notes).toMatchObject([{ body: '', createdAt: null }]);
  expect(seen[0]?.notes).toEqual([]);
  act(() => render(null, root));
});
