import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PageReading } from '../../../src/engine/types.ts';
import { ENGINE_VERSION } from '../../../src/engine/version.ts';

/** The reader's synced settings and the session store, as the worker and the panel see them. */
const synced: Record<string, unknown> = {};
const session: Record<string, unknown> = {};
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      sync: { get: () => Promise.resolve({ ...synced }) },
      session: {
        get: (key: string) => Promise.resolve(key in session ? { [key]: structuredClone(session[key]) } : {}),
        set: (items: Record<string, unknown>) => Promise.resolve(void Object.assign(session, structuredClone(items))),
        remove: (key: string) => Promise.resolve(void delete session[key]),
      },
    },
  },
}));

const { rememberMarkedArticle } = await import('../../../src/background/remember-marked.ts');
const { settlePendingArticles } = await import('../../../src/sidepanel/state/pending-memory.ts');
const { MAX_PENDING, clearMemoryAndWaiting, keepForMemory, takePendingReadings } = await import('../../../src/shared/pending-memory.ts');
const { database } = await import('../../../src/storage/db.ts');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings.ts');
const { clearMemory, rememberArticle } = await import('../../../src/storage/memory/remember.ts');

const TEXT = 'The transport board wants a toll on the coastal bridge. Councillor Odile Ferrant opposes the toll.';

function reading(isPolicy = true, url = 'https://news.example/bridge-toll'): PageReading {
  return {
    url,
    canonicalUrl: url,
    title: 'Bridge toll divides the council',
    siteName: 'Coast Weekly',
    lang: 'en',
    article: { isArticle: true, confidence: 1, reasons: [] },
    policy: { isPolicy, topic: isPolicy ? 'Transportation' : null, confidence: 1, signals: [] },
    text: { title: 'Bridge toll divides the council', byline: null, siteName: 'Coast Weekly', lang: 'en', publishedTime: null, text: TEXT, blocks: [{ kind: 'paragraph', text: TEXT, start: 0 }], truncated: false },
  };
}

const remembered = async () => (await database().memory.toArray()).map((a) => a.key);
const waiting = async () => (await takePendingReadings()).map((r) => r.canonicalUrl);

afterEach(async () => {
  await clearMemory(database());
  for (const store of [synced, session]) for (const key of Object.keys(store)) delete store[key];
});

describe('an article the reader highlights with the panel closed', () => {
  test('is kept for the panel, which remembers it when it next opens', async () => {
    expect(await rememberMarkedArticle(reading())).toBe('pending');
    expect(await remembered()).toEqual([]);
    await settlePendingArticles(database(), true);
    expect(await remembered()).toEqual(['https://news.example/bridge-toll']);
    expect(await waiting()).toEqual([]);
  });

  test('with memory off, nothing is kept or written', async () => {
    synced.memory = false;
    expect(await rememberMarkedArticle(reading())).toBe('off');
    expect(await waiting()).toEqual([]);
  });

  test('memory turned off before the panel opens: what waited is dropped, not remembered', async () => {
    await rememberMarkedArticle(reading());
    await settlePendingArticles(database(), false);
    expect(await remembered()).toEqual([]);
    expect(await waiting()).toEqual([]);
  });

  test('memory cleared before the panel opens: what waited is forgotten too, never remembered later', async () => {
    await rememberMarkedArticle(reading());
    await clearMemoryAndWaiting(database());
    await settlePendingArticles(database(), true);
    expect(await remembered()).toEqual([]);
  });

  test('the setting as it was when the passage was marked decides, not one changed while the highlight was saved', async () => {
    synced.memory = true;
    const whenMarked = Promise.resolve({ ...DEFAULT_SETTINGS, memory: false });
    expect(await rememberMarkedArticle(reading(), whenMarked)).toBe('off');
    expect(await waiting()).toEqual([]);
  });

  test('a page that is not a policy article is not kept', async () => {
    expect(await rememberMarkedArticle(reading(false))).toBe('not-policy');
    expect(await waiting()).toEqual([]);
  });

  test('an article this engine already remembered is not kept again', async () => {
    const kept = reading();
    await rememberArticle(database(), { key: kept.canonicalUrl, url: kept.url, title: kept.title, siteName: kept.siteName, topic: 'Transportation', issue: null, stakeholders: [], quotes: [], engineVersion: ENGINE_VERSION, publishedAt: null });
    expect(await rememberMarkedArticle(kept)).toBe('current');
    expect(await waiting()).toEqual([]);
  });

  test('a failure is reported, not thrown; a damaged store is started again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const keyless = { ...reading(), canonicalUrl: undefined } as unknown as PageReading;
    expect(await rememberMarkedArticle(keyless)).toBe('failed');
    vi.restoreAllMocks();
    session['pending-memory'] = 'damaged';
    expect(await rememberMarkedArticle(reading())).toBe('pending');
    expect(await waiting()).toEqual(['https://news.example/bridge-toll']);
  });

  test(`no more than ${MAX_PENDING} wait, the newest kept`, async () => {
    for (let i = 0; i <= MAX_PENDING; i++) await keepForMemory(reading(true, `https://news.example/${i}`), i);
    const urls = await waiting();
    expect(urls).toHaveLength(MAX_PENDING);
    expect(urls[0]).toBe('https://news.example/1');
  });
});
