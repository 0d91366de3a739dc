/**
 * Storage speed in Node with fake-indexeddb (see storage-bench-core.ts for
 * what is measured).
 *
 *   npx tsx src/cli/bench-storage.ts
 */
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { printFigures } from './bench-figures.ts';
import type { BenchFigure } from './bench-figures.ts';
import { measureStorage } from './storage-bench-core.ts';

export function benchStorage(): Promise<BenchFigure[]> {
  return measureStorage('Node + fake-indexeddb');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printFigures(await benchStorage());
