/**
 * Storage speed in Node with fake-indexeddb (see storage-bench-core.ts for
 * what is measured).
 *
 *   npx tsx src/cli/bench-storage.ts
 */
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { measureStorage } from './storage-bench-core.ts';
import type { BenchFigure } from './storage-bench-core.ts';

export type { BenchFigure };

export function benchStorage(): Promise<BenchFigure[]> {
  return measureStorage('Node + fake-indexeddb');
}

export function printFigures(figures: BenchFigure[]): void {
  for (const f of figures) console.log(`${f.name}: ${f.value} ${f.unit}${f.target ? ` (target ${f.target})` : ''}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printFigures(await benchStorage());
