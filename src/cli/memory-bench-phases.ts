/**
 * Where recall's time goes, for the memory bench: the median of each of its
 * rounds over the same articles (the article, its mentions and the directory
 * check; its actors' recall records and newest articles; a changed position
 * older than those), and what it reads, counted on a second connection so
 * the counting does not slow the timed one.
 */
import { aroundTables, actorsAround, articleWithMentions } from '../storage/memory/actors-around.ts';
import { RECALL_SHOWN, recallForArticle } from '../storage/memory/recall.ts';
import { openDatabase } from '../storage/db.ts';
import type { PolicyLensDb } from '../storage/db.ts';
import type { BenchFigure } from './bench-figures.ts';
import { countReads, perQuery } from './memory-bench-reads.ts';
import type { ReadCounts } from './memory-bench-reads.ts';
import { median } from './storage-bench-core.ts';

const firstRound = (db: PolicyLensDb, key: string) => db.transaction('r', aroundTables(db), () => articleWithMentions(db, key));
const firstTwoRounds = (db: PolicyLensDb, key: string) => actorsAround(db, key, { limit: RECALL_SHOWN + 1, upToArticle: true });

export async function recallPhases(db: PolicyLensDb, keys: readonly string[], setting: string): Promise<BenchFigure[]> {
  const at = (i: number) => keys[i % keys.length] ?? '';
  const first = await median(keys.length, (i) => firstRound(db, at(i)));
  const two = await median(keys.length, (i) => firstTwoRounds(db, at(i)));
  const all = await median(keys.length, (i) => recallForArticle(db, at(i)));
  const counted = await readsOf(db.name, keys, recallForArticle);
  const actors = minus(await readsOf(db.name, keys, firstTwoRounds), await readsOf(db.name, keys, firstRound));
  const phase = (name: string, value: number): BenchFigure => ({ name: `recall of an article of any date, ${name} (median; ${setting})`, value: Math.max(0, Number(value.toFixed(2))), unit: 'ms' });
  return [
    phase('round 1: the article, its mentions, the directory check', first),
    phase("round 2: its actors' recall records and newest articles up to its date", two - first),
    phase('round 3: changed positions older than those', all - two),
    { name: `what recall reads per article: transactions ${counted.transactions}, requests ${counted.requests}, records ${counted.records} (${setting})`, value: counted.bytes, unit: 'bytes deserialised' },
    { name: `of which round 2, its actors: requests ${actors.requests}, records ${actors.records} (${setting})`, value: actors.bytes, unit: 'bytes deserialised' },
  ];
}

/** What `query` reads per article, on a second connection to the same database, which counts. */
export async function readsOf(name: string, keys: readonly string[], query: (db: PolicyLensDb, key: string) => Promise<unknown>): Promise<ReadCounts> {
  const other = openDatabase(name);
  const counts = countReads(other);
  try {
    await other.open();
    const before = counts();
    for (const key of keys) await query(other, key);
    return perQuery(before, counts(), keys.length);
  } finally {
    other.close();
  }
}

function minus(a: ReadCounts, b: ReadCounts): ReadCounts {
  return { transactions: a.transactions - b.transactions, requests: a.requests - b.requests, records: a.records - b.records, bytes: a.bytes - b.bytes };
}
