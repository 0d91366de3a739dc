/**
 * Dexie's liveQuery as a Preact hook: the result updates whenever the
 * database changes, in this page or in another panel or the service worker.
 * `paused` keeps the last result and stops following the database (during
 * an import, where every batch would run the query again), and runs it once
 * more when resumed.
 */
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';

export type LiveResult<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], paused = false): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  const resuming = useRef(false);
  useEffect(() => {
    if (paused) {
      resuming.current = true;
      return;
    }
    // Resumed: the last result stays shown until the new one comes.
    if (!resuming.current) setResult({ status: 'loading' });
    resuming.current = false;
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => setResult({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, paused]);
  return result;
}
