import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PageReading } from '../../../src/engine/types.ts';
import { ENGINE_VERSION } from '../../../src/engine/version.ts';

/** The reader's synced settings, as the worker reads them. */
const synced: Record<string, unknown> = {};
vi.mock('webextension-polyfill', () => ({ default: { storage: { sync: { get: () => Promise.resolve({ ...synced }) } } } }));

const { rememberMarkedArticle } = await import('../../../src/background/remember-marked.ts');
const { database } = await import('../../../src/storage/db.ts');
const { clearMemory, rememberArticle } = await import('../../../src/storage/memory/remember.ts');

const TEXT = 'The transport board wants a toll on the coastal bridge. Councillor Odile Ferrant opposes the toll.';

function reading(isPolicy = true): PageReading {
  return {
    url: 'https://news.example/bridge-toll',
    canonicalUrl: 'https://news.example/bridge-toll',
    title: 'Bridge toll divides the council',
    siteName: 'Coast Weekly',
    lang: 'en',
    article: { isArticle: true, confidence: 1, reasons: [] },
    policy: { isPolicy, topic: isPolicy ? 'Transportation' : null, confidence: 1, signals: [] },
    text: { title: 'Bridge toll divides the council', byline: null, siteName: 'Coast Weekly', lang: 'en', publishedTime: null, text: TEXT, blocks: [{ kind: 'paragraph', text: TEXT, start: 0 }], truncated: false },
  };
}

const remembered = async () => (await database().memory.toArray()).map((a) => a.key);

afterEach(async () => {
  await clearMemory(database());
  for (const key of Object.keys(synced)) delete synced[key];
  vi.restoreAllMocks();
});

describe('remembering an article the reader highlights with the panel closed', () => {
  test('with memory off, the page is not analysed and nothing is written', async () => {
    synced.memory = false;
    const analyse = vi.fn();
    expect(await rememberMarkedArticle(reading(), analyse)).toBe('off');
    expect(analyse).not.toHaveBeenCalled();
    expect(await remembered()).toEqual([]);
  });

  test('a page that is not a policy article is not analysed', async () => {
    const analyse = vi.fn();
    expect(await rememberMarkedArticle(reading(false), analyse)).toBe('not-policy');
    expect(analyse).not.toHaveBeenCalled();
  });

  test('an analysis that throws is reported, not thrown, and writes nothing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const analyse = () => {
      throw new Error('engine bug');
    };
    expect(await rememberMarkedArticle(reading(), analyse)).toBe('failed');
    expect(await remembered()).toEqual([]);
  });

  test('an article kept by this engine is not analysed again at the next highlight', async () => {
    const kept = reading();
    await rememberArticle(database(), { key: kept.canonicalUrl, url: kept.url, title: kept.title, siteName: kept.siteName, topic: 'Transportation', issue: null, stakeholders: [], quotes: [], engineVersion: ENGINE_VERSION, publishedAt: null });
    const analyse = vi.fn();
    expect(await rememberMarkedArticle(kept, analyse)).toBe('current');
    expect(analyse).not.toHaveBeenCalled();
  });

  test('a policy article is analysed and remembered', async () => {
    expect(await rememberMarkedArticle(reading())).toBe('added');
    expect(await remembered()).toEqual(['https://news.example/bridge-toll']);
  });
});
