/**
 * Opens the notes database once per page and says what is wrong if it cannot
 * be opened (no IndexedDB, a newer schema, a broken profile). Live queries
 * would otherwise just wait, with no word to the reader.
 */
import { useEffect, useState } from 'preact/hooks';
import { database } from '../../storage/db.ts';
import { describeStorageProblem } from '../../storage/durability.ts';

export function useDatabaseProblem(): string | null {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    database()
      .open()
      .catch(async (error: unknown) => setProblem(await describeStorageProblem(error)));
  }, []);
  return problem;
}
