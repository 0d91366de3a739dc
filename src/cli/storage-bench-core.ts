/**
 * The storage benchmark itself: a library of 10,000 notes over 2,000
 * articles, then the median time to save a note, to open the library (its
 * list query) and to search as the reader types. No Node or browser APIs, so
 * the same code runs in both.
 */
import { openDatabase } from '../storage/db.ts';
import type { PolicyLensDb } from '../storage/db.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../storage/export-format.ts';
import type { ExportFile } from '../storage/export-format.ts';
import { importJson } from '../storage/import-json.ts';
import { listLibrary } from '../storage/library.ts';
import { saveNote } from '../storage/notes.ts';
import { searchLibrary } from '../storage/search.ts';

import type { BenchFigure } from './bench-figures.ts';

const ARTICLES = 2_000;
const NOTES = 10_000;
const WORDS = 3_000;
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'pe', 'da', 'gri', 'str', 'an', 'el', 'or', 'um', 'ba', 'ce', 'fi', 'ho'];
const TOPICS = ['Immigration', 'Health', 'Environment', 'Defense'];

/** A deterministic generator, so every run searches the same library. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function syntheticLibrary(): ExportFile {
  const next = random(42);
  // Made-up words of two to four syllables: prefixes spread like a real language's, not all sharing one.
  const syllable = () => SYLLABLES[Math.floor(next() * SYLLABLES.length)] ?? '';
  const vocabulary = Array.from({ length: WORDS }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, syllable).join(''));
  const pick = () => vocabulary[Math.floor(next() ** 2 * WORDS)] ?? ''; // a few common words, many rare ones
  const articles = Array.from({ length: ARTICLES }, (_, i) => ({
    key: `https://news${i % 40}.example/story/${i}`,
    url: `https://news${i % 40}.example/story/${i}`,
    title: `Story ${i} about ${pick()} and ${pick()}`,
    siteName: `News ${i % 40}`,
    topic: TOPICS[i % TOPICS.length] ?? null,
    stakeholders: [],
    issue: null,
    quotes: [],
    engineVersion: null,
    createdAt: i,
    updatedAt: i,
  }));
  const notes = Array.from({ length: NOTES }, (_, i) => ({
    id: `note-${i.toString().padStart(5, '0')}`,
    articleKey: articles[i % ARTICLES]?.key ?? '',
    body: Array.from({ length: 40 + Math.floor(next() * 60) }, pick).join(' '),
    tags: i % 7 === 0 ? ['follow-up'] : [],
    attachment: null,
    createdAt: i,
    updatedAt: i,
    deletedAt: null,
  }));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, articles, notes, highlights: [], memory: [], actorChoices: [] };
}

/** The wall time of one call, in ms. */
async function elapsed(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

/** The median wall time of `runs` calls, in ms to two decimals. */
export async function median(runs: number, run: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await elapsed(() => run(i)));
  return medianOf(times);
}

/**
 * The medians of a measured call and of its reference, called in turns so
 * that both see the same load: their ratio holds on a busy machine, where
 * either time alone does not.
 */
export async function pairedMedians(runs: number, run: (i: number) => Promise<unknown>, reference: (i: number) => Promise<unknown>): Promise<[number, number]> {
  const times: number[] = [];
  const referenceTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(await elapsed(() => run(i)));
    referenceTimes.push(await elapsed(() => reference(i)));
  }
  return [medianOf(times), medianOf(referenceTimes)];
}

/** The middle of some timings (the upper one of an even count), to two decimals; 0 for none. */
export function medianOf(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Number((sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(2));
}

/**
 * Measure in whatever IndexedDB this runs on: fake-indexeddb in Node
 * (bench-storage.ts), the browser's own in Chromium (bench-storage-chromium.ts).
 */
export async function measureStorage(environment: string): Promise<BenchFigure[]> {
  const db: PolicyLensDb = openDatabase(`bench-${Date.now()}`);
  const library = syntheticLibrary();
  const seeded = await importJson(db, JSON.stringify(library));
  if (!seeded.ok) throw new Error(`The synthetic library was refused: ${seeded.problem.join(' ')}`);

  // Typing into an existing note: each save is based on the one before.
  const note = library.notes[7];
  const article = library.articles.find((a) => a.key === note?.articleKey);
  const sample = library.notes[3]?.body.split(' ') ?? [];
  const titleWord = library.articles[9]?.title.split(' ').at(-1);
  if (!note || !article || sample.length < 4 || !titleWord) throw new Error('The synthetic library is too small to measure.');
  let base = note.updatedAt;
  // The least a save can cost: one put of a note in a transaction of its own (a note of its own, so the saves stay in turn).
  const scratch = { ...note, id: 'bench-reference-note' };
  const [save, barePut] = await pairedMedians(
    200,
    async (i) => {
      const result = await saveNote(db, article, { ...note, body: `${note.body} keystroke ${i}` }, { baseUpdatedAt: base, now: base + 1 });
      base = result.note.updatedAt;
    },
    (i) => db.notes.put({ ...scratch, body: `${note.body} keystroke ${i}` }),
  );
  // The least a list can cost: every article read in one request.
  const [open, bareRead] = await pairedMedians(20, () => listLibrary(db), () => db.articles.toArray());
  const [first = '', second = '', third = '', fourth = ''] = sample;
  // A whole word, a word being typed, two words, a short word, a title word.
  const queries = [first, second.slice(0, 3), `${third} ${fourth}`, 'ka', titleWord];
  const search = await median(50, (i) => searchLibrary(db, queries[i % queries.length] ?? first));
  await db.delete();

  const setting = `${NOTES.toLocaleString('en')} notes over ${ARTICLES.toLocaleString('en')} articles, ${environment}`;
  return [
    { name: `save a note (median; ${setting})`, value: save, unit: 'ms', target: '≤ 5 ms' },
    { name: `  against one bare put of a note, timed in turns with it`, value: save / Math.max(barePut, 0.01), unit: '×' },
    { name: `open the library: list query (median; ${setting})`, value: open, unit: 'ms', target: '≤ 100 ms' },
    { name: `  against reading every article in one request, timed in turns with it`, value: open / Math.max(bareRead, 0.01), unit: '×' },
    { name: `search as you type (median; ${setting})`, value: search, unit: 'ms', target: '≤ 50 ms' },
  ];
}
