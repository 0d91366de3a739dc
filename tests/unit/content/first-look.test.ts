// @vitest-environment jsdom
/**
 * The content script's first look, run as the browser runs it (its module
 * evaluated on a page) against a stand-in for the extension API: a page
 * that is clearly not an article costs one storage read and one report,
 * and never starts the reader (whose settings read asks for every setting).
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { SITE_RULE_KEYS } from '../../../src/shared/site-mode.ts';

interface Calls {
  storageReads: unknown[];
  sent: { type: string; reading?: { article: { isArticle: boolean } } }[];
}

/** What the current test's stand-in storage holds and its service worker answers, and what they were asked. */
let current: { stored: Record<string, unknown>; answer: unknown; calls: Calls };

function standInApi(stored: Record<string, unknown>, answer: unknown): Calls {
  current = { stored, answer, calls: { storageReads: [], sent: [] } };
  return current.calls;
}

// One stand-in for the whole file: the polyfill (a dependency, not reset between tests) keeps the first it wraps.
const event = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn(() => false) });
/** Changes of every storage area (the backup copy's note text among them) and of the settings' area alone. */
const anyAreaChanged = event();
const settingsChanged = event();
vi.stubGlobal('chrome', {
  runtime: {
    id: 'policy-lens-test',
    getURL: (path = '') => `chrome-extension://policy-lens-test/${path}`,
    onMessage: event(),
    onConnect: event(),
    sendMessage: async (message: Calls['sent'][number]) => {
      current.calls.sent.push(message);
      return current.answer;
    },
  },
  storage: {
    sync: {
      get: (keys: unknown) => {
        current.calls.storageReads.push(keys);
        return Promise.resolve(current.stored);
      },
      onChanged: settingsChanged,
    },
    onChanged: anyAreaChanged,
  },
});

/** Transforming the content script's modules on import takes seconds on a busy machine. */
const MODULE_LOAD = { timeout: 30_000 };

/** Lets the first look's pending work (storage, report, a started reader's settings read) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const FRONT_PAGE = `<head><title>Harbour Town Gazette</title></head><body><nav>${'<a href="/x">Section link</a> '.repeat(40)}</nav><p>Welcome.</p></body>`;
const STORY = `<head><title>Council votes on the ferry levy</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council votes on the ferry levy"}</script></head>
<body><article><h1>Council votes on the ferry levy</h1><p>${'The council debated the levy for a long evening. '.repeat(20)}</p></article></body>`;

beforeEach(() => {
  vi.resetModules();
});

async function loadOn(html: string, path: string): Promise<void> {
  history.replaceState(null, '', path);
  document.documentElement.innerHTML = html;
  await import('../../../src/content/index.ts');
}

test('a page that is clearly not an article: one read of the site rules, one report, no reader', { timeout: 60_000 }, async () => {
  const calls = standInApi({}, { highlights: [] });
  await loadOn(FRONT_PAGE, '/');
  await vi.waitFor(() => expect(calls.sent).toHaveLength(1), MODULE_LOAD);
  await settle();
  expect(calls.storageReads).toEqual([[...SITE_RULE_KEYS]]);
  expect(calls.sent[0]?.type).toBe('page-read');
  expect(calls.sent[0]?.reading?.article.isArticle).toBe(false);
});

test('a page that may be an article starts the reader, which reads all its settings', { timeout: 60_000 }, async () => {
  const calls = standInApi({}, { highlights: [] });
  await loadOn(STORY, '/news/council-votes-on-the-ferry-levy');
  await vi.waitFor(() => expect(calls.storageReads).toContainEqual(expect.arrayContaining(['colours', ...SITE_RULE_KEYS])), MODULE_LOAD);
  expect(calls.sent.filter((message) => message.type === 'page-read' && !message.reading?.article.isArticle)).toEqual([]);
});

test('a page that is not an article but holds the reader’s highlights starts the reader to draw them', { timeout: 60_000 }, async () => {
  const saved = { highlights: [{ id: 'h1', layer: 'user-yellow', selector: { exact: 'Welcome.', prefix: '', suffix: '' } }] };
  const calls = standInApi({}, saved);
  await loadOn(FRONT_PAGE, '/');
  await vi.waitFor(() => expect(calls.storageReads).toContainEqual(expect.arrayContaining(['colours', ...SITE_RULE_KEYS])), MODULE_LOAD);
});

test('on a never-run site nothing is reported, and on-request sites wait to be asked', { timeout: 60_000 }, async () => {
  for (const stored of [{ neverRun: ['localhost'] }, { autoDetect: false }]) {
    vi.resetModules();
    const calls = standInApi(stored, { highlights: [] });
    await loadOn(STORY, '/news/council-votes-on-the-ferry-levy');
    await vi.waitFor(() => expect(calls.storageReads).toHaveLength(1), MODULE_LOAD);
    await settle();
    expect(calls.sent).toEqual([]);
    expect(calls.storageReads).toHaveLength(1);
  }
});

test('the page’s script hears settings changes only: it never listens to the storage areas that hold the reader’s notes', { timeout: 60_000 }, async () => {
  anyAreaChanged.addListener.mockClear();
  settingsChanged.addListener.mockClear();
  const calls = standInApi({}, { highlights: [] });
  await loadOn(STORY, '/news/council-votes-on-the-ferry-levy');
  await vi.waitFor(() => expect(calls.storageReads).toContainEqual(expect.arrayContaining(['colours', ...SITE_RULE_KEYS])), MODULE_LOAD);
  await settle();
  expect(settingsChanged.addListener).toHaveBeenCalled();
  expect(anyAreaChanged.addListener).not.toHaveBeenCalled();
});
