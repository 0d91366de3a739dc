/**
 * The memory benchmark itself: 5,000 remembered articles with 60,000 actor
 * mentions, then the median time of the panel's recall for one article, of
 * opening the People view, of an actor search, of an actor's page, and the
 * storage used per article. No Node or browser-only APIs beyond IndexedDB
 * and `navigator.storage`, so it runs inside an extension page.
 */
import { openDatabase } from '../storage/db.ts';
import type { PolicyLensDb } from '../storage/db.ts';
import { beginRefresh, rebuildStep, refreshPeople } from '../storage/memory/people-directory.ts';
import { actorPage, listActors } from '../storage/memory/people-queries.ts';
import { recallForArticle } from '../storage/memory/recall.ts';
import { inMemoryTransaction, rememberArticle } from '../storage/memory/remember.ts';
import type { ArticleToRemember } from '../storage/memory/remember.ts';
import type { BenchFigure } from './bench-figures.ts';
import { readsOf, recallPhases } from './memory-bench-phases.ts';
import { median, medianOf } from './storage-bench-core.ts';
import { seededRandom, syntheticMemory } from './memory-bench-data.ts';
import type { SyntheticArticle } from './memory-bench-data.ts';

const ARTICLES = 5_000;
const MENTIONS_PER_ARTICLE = 12;
/** Articles remembered per transaction while seeding (the reader's own pace is one per panel opening). */
const SEED_BATCH = 250;

function toRemember(a: SyntheticArticle): ArticleToRemember {
  return {
    key: a.key,
    url: a.key,
    title: a.title,
    siteName: a.siteName,
    topic: a.topic,
    issue: a.issue,
    stakeholders: a.mentions.map((m) => ({ ...m, evidence: [{ text: `${m.name} spoke about ${a.issue}.`, quote: { type: 'TextQuoteSelector', exact: `${m.name} spoke about ${a.issue}.`, prefix: 'At the hearing, ', suffix: ' The vote is' } }] })),
    quotes: a.quotes,
    engineVersion: '1.0.0',
    publishedAt: a.date,
  };
}

async function usedBytes(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

export async function measureMemory(environment: string, articleCount = ARTICLES): Promise<BenchFigure[]> {
  const db: PolicyLensDb = openDatabase(`bench-memory-${Date.now()}`);
  const articles = syntheticMemory(articleCount, MENTIONS_PER_ARTICLE);
  const step = (what: string) => console.log(`memory bench: ${what} at ${Math.round(performance.now())} ms`);
  const before = await usedBytes();
  for (let i = 0; i < articles.length; i += SEED_BATCH) {
    const batch = articles.slice(i, i + SEED_BATCH);
    await inMemoryTransaction(db, async () => {
      for (const a of batch) await rememberArticle(db, toRemember(a), a.date);
    });
  }
  const bytesPerArticle = Math.round(((await usedBytes()) - before) / articleCount);
  step('seeded');
  const mentionCount = await db.mentions.count();
  const setting = `${articleCount.toLocaleString('en')} articles, ${mentionCount.toLocaleString('en')} mentions, ${environment}`;

  const next = seededRandom(11);
  const sample = (): SyntheticArticle => articles[Math.floor(next() * articles.length) % articles.length] as SyntheticArticle;

  // As after an upgrade or an import: the directory is unbuilt. Recall groups its article's actors from the mentions under its keys.
  const firstKey = sample().key;
  const firstRecallStart = performance.now();
  await recallForArticle(db, firstKey);
  const firstRecall = performance.now() - firstRecallStart;
  // Recall writes nothing while the directory is unbuilt: read again, counted.
  const firstReads = await readsOf(db.name, [firstKey], recallForArticle);
  step('first recall');
  const steps: number[] = [];
  await beginRefresh(db);
  for (let done = false; !done; ) {
    const stepStart = performance.now();
    done = await rebuildStep(db);
    steps.push(performance.now() - stepStart);
  }
  const build = steps.reduce((sum, t) => sum + t, 0);
  step(`directory rebuilt in ${steps.length} steps`);
  const recallOlder = await median(21, () => recallForArticle(db, sample().key));
  const phases = await recallPhases(db, Array.from({ length: 21 }, () => sample().key), setting);
  const open = await median(21, async () => {
    await refreshPeople(db);
    return listActors(db, { query: '', limit: 50 });
  });
  const names = articles.slice(0, 40).flatMap((a) => a.mentions.map((m) => m.name));
  // A surname or body word in full, one being typed, a full name.
  const queries = names.flatMap((n) => {
    const words = n.split(' ');
    const last = words.at(-1) ?? n;
    return [last, last.slice(0, 3), n];
  });
  const search = await median(61, (i) => listActors(db, { query: queries[i % queries.length] ?? '', limit: 50 }));
  const top = (await listActors(db, { query: '', limit: 20 })).actors;
  const page = await median(21, (i) => actorPage(db, top[i % top.length]?.id ?? ''));
  let n = 0;
  const recalls: number[] = [];
  const refreshAfterOne = await median(7, async () => {
    const a = sample();
    // As the panel does: the article it shows is remembered, then recalled (a new article, dated after the others).
    const key = `${a.key}/again-${n++}`;
    await rememberArticle(db, toRemember({ ...a, key, date: Date.now() }), Date.now());
    await refreshPeople(db);
    const recallStart = performance.now();
    await recallForArticle(db, key);
    recalls.push(performance.now() - recallStart);
  });
  const recall = medianOf(recalls);
  await db.delete();

  return [
    { name: `panel's recall for the article just read, after remembering it (median of 7; ${setting})`, value: recall, unit: 'ms', target: '≤ 20 ms' },
    { name: `recall for an article read earlier, any date (median; ${setting})`, value: recallOlder, unit: 'ms' },
    ...phases,
    { name: `open the People view: directory check and first 50 actors (median; ${setting})`, value: open, unit: 'ms', target: '≤ 100 ms' },
    { name: `search actors by name as you type (median; ${setting})`, value: search, unit: 'ms', target: '≤ 50 ms' },
    { name: `open an actor's page, most written-about 20 (median; ${setting})`, value: page, unit: 'ms' },
    { name: `remember one more article and refresh the People directory (median; ${setting})`, value: refreshAfterOne, unit: 'ms' },
    { name: `first recall after an upgrade or an import, its article's actors regrouped (${setting})`, value: firstRecall, unit: 'ms' },
    { name: `what that first recall reads: requests ${firstReads.requests}, records ${firstReads.records} (${setting})`, value: firstReads.bytes, unit: 'bytes deserialised' },
    { name: `rebuild the rest of the People directory, in steps off the reader's path (total; ${setting})`, value: build, unit: 'ms' },
    { name: `longest rebuild step, the most a read waits behind it (${setting})`, value: Math.max(...steps), unit: 'ms' },
    { name: `storage per remembered article (${setting})`, value: bytesPerArticle, unit: 'bytes' },
  ];
}
