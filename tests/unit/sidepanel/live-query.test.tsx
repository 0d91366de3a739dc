// @vitest-environment jsdom
/**
 * A paused live query (the library during an import) keeps its last result and
 * does not run again on every write; resumed, it runs once and follows again.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { openDatabase } from '../../../src/storage/db.ts';
import { useLiveQuery } from '../../../src/sidepanel/state/live-query.ts';
import type { LiveResult } from '../../../src/sidepanel/state/live-query.ts';

const db = openDatabase('live-query-pause-test');
afterEach(async () => {
  await db.delete();
});

test('paused, the query neither runs on writes nor drops its result; resumed, it runs again', async () => {
  const root = document.createElement('div');
  let runs = 0;
  let shown: LiveResult<number> = { status: 'loading' };
  const countNotes = () => {
    runs += 1;
    return db.notes.count();
  };
  function Probe({ paused }: { paused: boolean }) {
    shown = useLiveQuery(countNotes, [], paused);
    return null;
  }
  const note = (id: string) => ({ id, articleKey: 'k', body: id, tags: [], attachment: null, createdAt: 1, updatedAt: 1, deletedAt: null });

  act(() => render(<Probe paused={false} />, root));
  await vi.waitFor(() => expect(shown).toEqual({ status: 'ready', value: 0 }));
  act(() => render(<Probe paused={true} />, root));
  const runsWhenPaused = runs;
  for (let i = 0; i < 5; i++) await db.notes.put(note(`n${i}`));
  expect(runs).toBe(runsWhenPaused);
  expect(shown).toEqual({ status: 'ready', value: 0 });

  act(() => render(<Probe paused={false} />, root));
  expect(shown).toEqual({ status: 'ready', value: 0 });
  await vi.waitFor(() => expect(shown).toEqual({ status: 'ready', value: 5 }));
  act(() => render(null, root));
});
