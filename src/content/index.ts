/**
 * The content script's first look: all that most pages pay for. It runs on
 * every page the reader opens, and most are not articles, so before it
 * evaluates anything else it reads the site's mode (one storage read) and the
 * page's cheap signals. Only a page that may be an article, or one the panel,
 * a setting or a navigation asks about, starts the reader (reader.ts: in the
 * same file, but evaluated only then). It uses the browser's own API, not the
 * polyfill, and checks no message itself: the reader validates what it is
 * passed.
 */
import { quickReading } from '../engine/extract/first-look.ts';
import type { Message } from '../shared/messages.ts';
import { PANEL_PORT } from '../shared/panel-port.ts';
import { SITE_RULE_KEYS, siteMode, storedSiteRules } from '../shared/site-mode.ts';
import { outgoingReading } from './outgoing-reading.ts';
import { watchNavigation } from './page-watch.ts';
import type { FirstLook } from './reader.ts';

type Reader = typeof import('./reader.ts');

/** Chrome's promise-based API; Firefox offers the same as `browser`. */
const api: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome;

const first: FirstLook = { report: null, navigated: false };
/** The first look's own listeners (navigation, settings), stopped once the reader takes over. */
const waiting = new AbortController();
let reader: Promise<Reader> | null = null;

function startReader(): Promise<Reader> {
  waiting.abort();
  reader ??= import('./reader.ts').then((module) => {
    module.startReader(first);
    return module;
  });
  return reader;
}

async function look(): Promise<void> {
  const rules = storedSiteRules(await api.storage.sync.get([...SITE_RULE_KEYS]));
  const mode = siteMode(rules, location.hostname);
  // A message or a setting may have started the reader meanwhile; on other sites, only they will.
  if (reader || mode === 'never' || mode === 'on-request') return;
  const reading = quickReading(document, location.href);
  if (!reading) {
    void startReader();
    return;
  }
  // Not an article, but a single-page app may turn into one.
  watchNavigation(() => {
    first.navigated = true;
    void startReader();
  }, waiting.signal);
  // Reported as before (the panel shows the verdict), and answered with any highlights the reader saved here.
  const sent = outgoingReading(reading);
  const answer: unknown = await api.runtime.sendMessage({ type: 'page-read', reading: sent } satisfies Message);
  first.report = { reading: sent, answer };
  if (hasHighlights(answer)) void startReader();
}

/** A cheap look at the answer: the reader validates it before drawing. */
function hasHighlights(answer: unknown): boolean {
  const highlights = typeof answer === 'object' && answer !== null ? (answer as { highlights?: unknown }).highlights : undefined;
  return Array.isArray(highlights) && highlights.length > 0;
}

function onSettingsChanged(changes: Record<string, unknown>): void {
  if (SITE_RULE_KEYS.some((key) => key in changes)) void startReader();
}
// The sync area alone: a listener on every area would bring the backup copy's note text into this page's process.
api.storage.sync.onChanged.addListener(onSettingsChanged);
waiting.signal.addEventListener('abort', () => api.storage.sync.onChanged.removeListener(onSettingsChanged));

api.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
  void startReader()
    .then((module) => module.handleMessage(raw, sender))
    .then(sendResponse, () => sendResponse(undefined));
  return true;
});

api.runtime.onConnect.addListener((port) => {
  if (port.name !== PANEL_PORT) return;
  // Only a started reader can have drawn anything.
  port.onDisconnect.addListener(() => void reader?.then((module) => module.panelDisconnected(port.sender ?? {})));
});

look().catch((error: unknown) => {
  // The extension was reloaded or updated under this page: nothing to report to.
  console.debug('Policy Lens: page not reported', error);
});
