/**
 * Policy articles the reader highlighted with the panel closed, waiting to be
 * remembered. The service worker does not carry the engine (its language
 * lexicons take over a second to load, which every worker start would pay),
 * so it keeps the page's reading here and the panel, which has the engine,
 * remembers them when it next opens. Kept in `storage.session`, like the
 * tabs' readings: in memory only, cleared when the browser closes.
 */
import browser from 'webextension-polyfill';
import type { PageReading } from '../engine/types.ts';
import type { PolicyLensDb } from '../storage/db.ts';
import { clearMemory } from '../storage/memory/remember.ts';

const KEY = 'pending-memory';
/** Readings can be large and session storage is bounded: past this many, the oldest goes. */
export const MAX_PENDING = 20;

type Pending = Record<string, { reading: PageReading; at: number }>;

async function pending(): Promise<Pending> {
  const stored: unknown = (await browser.storage.session.get(KEY))[KEY];
  return typeof stored === 'object' && stored !== null ? (stored as Pending) : {};
}

/** Keep the reading until the panel remembers its article (a newer reading of the same article replaces it). */
export async function keepForMemory(reading: PageReading, now = Date.now()): Promise<void> {
  const entries = Object.entries({ ...(await pending()), [reading.canonicalUrl]: { reading, at: now } });
  const newest = entries.sort(([, a], [, b]) => b.at - a.at).slice(0, MAX_PENDING);
  await browser.storage.session.set({ [KEY]: Object.fromEntries(newest) });
}

/** The waiting readings, oldest first, handed over once: they are no longer kept here. */
export async function takePendingReadings(): Promise<PageReading[]> {
  const entries = Object.values(await pending()).filter((e) => typeof e === 'object' && e !== null && typeof e.reading?.canonicalUrl === 'string');
  if (entries.length === 0) return [];
  await browser.storage.session.remove(KEY);
  return entries.sort((a, b) => a.at - b.at).map((e) => e.reading);
}

/** Forget everything memory kept, and what was still waiting for it: a panel opened later must not remember those. */
export async function clearMemoryAndWaiting(db: PolicyLensDb): Promise<void> {
  await browser.storage.session.remove(KEY);
  await clearMemory(db);
}
