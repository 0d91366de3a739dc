/**
 * What a query reads from IndexedDB, counted by a Dexie middleware on the
 * benchmark's own database: transactions, requests, records and the bytes
 * they deserialise to (strings by length, typed arrays by size, numbers as
 * eight), so the memory bench can say where recall's time goes.
 */
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import type { PolicyLensDb } from '../storage/db.ts';

export interface ReadCounts {
  transactions: number;
  requests: number;
  records: number;
  bytes: number;
}

/** Start counting every read on `db`; the function returns the counts so far. */
export function countReads(db: PolicyLensDb): () => ReadCounts {
  const counts: ReadCounts = { transactions: 0, requests: 0, records: 0, bytes: 0 };
  const took = (values: readonly unknown[]) => {
    for (const value of values) {
      if (value === undefined) continue;
      counts.records++;
      counts.bytes += sizeOf(value);
    }
  };
  const counting: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'bench-read-counter',
    create: (down) => ({
      ...down,
      transaction: (...args) => {
        counts.transactions++;
        return down.transaction(...args);
      },
      table: (name) => countingTable(down.table(name)),
    }),
  };
  const countingTable = (table: DBCoreTable): DBCoreTable => ({
    ...table,
    get: async (request) => {
      counts.requests++;
      const value: unknown = await table.get(request);
      took([value]);
      return value;
    },
    getMany: async (request) => {
      counts.requests += request.keys.length;
      const values: unknown[] = await table.getMany(request);
      took(values);
      return values;
    },
    query: async (request) => {
      counts.requests++;
      const response = await table.query(request);
      if (request.values) took(response.result);
      return response;
    },
    count: (request) => {
      counts.requests++;
      return table.count(request);
    },
  });
  db.use(counting);
  return () => ({ ...counts });
}

/** About what a value takes once deserialised. */
function sizeOf(value: unknown): number {
  if (typeof value === 'string') return value.length * 2;
  if (typeof value === 'number' || typeof value === 'boolean') return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + sizeOf(item), 0);
  if (value !== null && typeof value === 'object') return Object.entries(value).reduce((sum, [key, item]) => sum + key.length * 2 + sizeOf(item), 0);
  return 0;
}

/** The counts between two snapshots, per query. */
export function perQuery(before: ReadCounts, after: ReadCounts, queries: number): ReadCounts {
  const per = (key: keyof ReadCounts) => Math.round((after[key] - before[key]) / queries);
  return { transactions: per('transactions'), requests: per('requests'), records: per('records'), bytes: per('bytes') };
}
