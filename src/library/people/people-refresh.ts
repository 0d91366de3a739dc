/**
 * Keep the People directory up to date while the library is open: whenever
 * memory or the reader's actor choices change (here, in the panel, or in
 * another window), the directory is refreshed. The refresh writes only the
 * directory, which this watch does not read, so it cannot loop.
 */
import { useEffect } from 'preact/hooks';
import { database } from '../../storage/db.ts';
import { refreshPeople } from '../../storage/memory/people-directory.ts';
import { useLiveQuery } from '../../sidepanel/state/live-query.ts';

export function usePeopleRefresh(): void {
  const stamp = useLiveQuery(async () => {
    const db = database();
    const [articles, newest, choices] = await Promise.all([db.memory.count(), db.memory.orderBy('updatedAt').last(), db.actorChoices.count()]);
    return `${articles}/${newest?.updatedAt ?? 0}/${choices}`;
  }, []);
  const key = stamp.status === 'ready' ? stamp.value : null;
  useEffect(() => {
    if (key !== null) void refreshPeople(database());
  }, [key]);
}
