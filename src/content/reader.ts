/**
 * The content script past its first look (index.ts), started on a page that
 * may be an article, or when the panel, a setting or a navigation needs it.
 * It reads the page (Readability on a clone) and reports to the service
 * worker; quote and stakeholder analysis happens in the side panel, so pages
 * the reader never analyses pay only for this read. It also draws the
 * panel's passages and the reader's highlights, and captures new highlights
 * from the selection.
 */
import type { PageReading } from '../engine/types.ts';
import { highlightsInAnswer, parseMessage, senderKind } from '../shared/messages.ts';
import type { CreateHighlightResponse, DrawResponse, HighlightColour, Message, ReadRequestResponse, RevealResponse, SenderInfo } from '../shared/messages.ts';
import { ownExtension, sendToExtension } from '../shared/runtime.ts';
import { loadSettings, siteMode, watchSettings } from '../shared/settings.ts';
import type { Settings, SiteMode } from '../shared/settings.ts';
import { setHighlightColours } from './highlights/colours.ts';
import { watchHoverLabels } from './highlights/hover-label.ts';
import { ensureOverlay, removeOverlay } from './highlights/overlay.ts';
import { drawPassageSet, hasMissingPassages, redrawAll } from './highlights/passage-sets.ts';
import { outgoingReading } from './outgoing-reading.ts';
import { readWithinBudget } from './page-budget.ts';
import { coalesced, waitForQuiet, watchNavigation, watchMutations } from './page-watch.ts';
import { revealPassage, stepPassage } from './reveal.ts';
import { captureSelection } from './selection/capture.ts';
import { clearSelectionIfStill } from './selection/clear-kept.ts';
import { watchSelectionButton } from './selection/highlight-button.ts';

const lifetime = new AbortController();
let lastReading: PageReading | null = null;

const mutations = watchMutations(() => void redrawAll(), hasMissingPassages, lifetime.signal);

/** Where the reader's settings put this site; null until they are loaded. */
let mode: SiteMode | null = null;
/** The reader opened the panel on this tab although automatic detection is off. */
let requested = false;
/** The page's listeners (navigation; hover labels and the highlight button once wanted), stopped on a never-run site. */
let pageFeatures: AbortController | null = null;
/** Whether the hover labels and the highlight button listen: only on an article or once the panel used the page. */
let readerTools = false;

const readsOnItsOwn = () => mode === 'auto' || mode === 'always' || (mode === 'on-request' && requested);

function applySettings(settings: Settings): void {
  setHighlightColours(settings.colours);
  const before = mode;
  mode = siteMode(settings, location.hostname);
  if (mode === 'never') {
    if (before !== 'never') withdraw();
    return;
  }
  pageFeatures ??= startPageFeatures();
  if (readsOnItsOwn()) readOnce();
}

/** The reader turned Policy Lens off for this site while the page was open: leave no trace of it. */
function withdraw(): void {
  pageFeatures?.abort();
  pageFeatures = null;
  readerTools = false;
  void drawPassageSet('analysis', []);
  void drawPassageSet('user', []);
  removeOverlay();
  if (!lastReading) return;
  lastReading = null;
  sendToExtension({ type: 'page-withdrawn' }).catch(() => {
    // The extension was reloaded under this page: nothing to withdraw from.
  });
}

let readInFlight: Promise<void> | null = null;

/** Read the page unless it was read already or is being read (settings and the panel can both ask at load). */
function readOnce(): void {
  if (lastReading || readInFlight) return;
  readInFlight = readAndReport().finally(() => (readInFlight = null));
}

async function readAndReport(): Promise<void> {
  if (mode === 'never') return;
  const reading = outgoingReading(await readWithinBudget(document, location.href));
  lastReading = reading;
  await report(reading);
}

/** Send a reading to the service worker and draw the reader's highlights it answers with. */
async function report(reading: PageReading): Promise<void> {
  try {
    // On an article the overlay is there whether or not the reader highlighted it: its presence tells the page nothing.
    if (reading.text) {
      ensureOverlay();
      startReaderTools();
    }
    drawHighlightsInAnswer(await sendToExtension<unknown>({ type: 'page-read', reading }));
  } catch (error) {
    // The extension was reloaded or updated under this page: nothing to report to.
    console.debug('Policy Lens: page not reported', error);
  }
}

/** Draw the reader's highlights the service worker answered a `page-read` with. */
function drawHighlightsInAnswer(answer: unknown): void {
  const highlights = highlightsInAnswer(answer);
  void drawPassageSet('user', highlights);
  // Only pages with something drawn need watching for text that changes under it.
  if (highlights.length) mutations.start();
}

async function saveSelection(colour: HighlightColour): Promise<void> {
  const selection = window.getSelection();
  const captured = captureSelection(selection);
  if (!selection || !captured) return;
  const kept = selection.getRangeAt(0);
  await sendToExtension<CreateHighlightResponse>({ type: 'create-highlight', ...captured, colour });
  clearSelectionIfStill(selection, kept);
}

function handle(message: Message): Promise<unknown> | undefined {
  if (message.type === 'request-reading') return settingsLoaded.then(readOnRequest);
  // On a never-run site the page is not ours to touch: no drawing, no capture.
  if (mode === 'never') return undefined;
  switch (message.type) {
    case 'reveal-passage':
      return Promise.resolve<RevealResponse>({ found: revealPassage(message.selector) });
    case 'draw-passages': {
      startReaderTools();
      mutations.start();
      return drawPassageSet(message.set, message.passages).then((missing): DrawResponse => ({ missing }));
    }
    case 'capture-selection':
      return saveSelection(message.colour);
    case 'step-passage':
      return Promise.resolve<RevealResponse>({ found: stepPassage(message.direction) });
    default:
      return undefined;
  }
}

function readOnRequest(): ReadRequestResponse {
  if (mode === 'never') return { running: false };
  requested = true;
  startReaderTools();
  // A panel asks when the service worker has no reading for this tab: if the page was read already, the worker
  // lost it (it was stopped while handling it), so send it again rather than nothing.
  // After the app changed its address, the last reading is another article's: read again, with the other reads.
  if (lastReading && !readInFlight && sameDocumentAddress(lastReading.url, location.href)) void report(lastReading);
  else if (lastReading) readAfterNavigation();
  else readOnce();
  return { running: true };
}

/** A message from the extension, passed on by the first look: validated here, answered when it is one for us. */
export function handleMessage(raw: unknown, sender: SenderInfo): Promise<unknown> | undefined {
  const parsed = parseMessage(raw, sender, ownExtension());
  return parsed.ok ? handle(parsed.message) : undefined;
}

/** The panel that drew the analysis closed (or looks at another tab): its drawings go. */
export function panelDisconnected(sender: SenderInfo): void {
  if (senderKind(sender, ownExtension()) === 'extension') void drawPassageSet('analysis', []);
}

const sameDocumentAddress = (a: string, b: string) => a.replace(/#.*$/, '') === b.replace(/#.*$/, '');

/** One reading per burst of address changes, once the new page has rendered. */
const readAfterNavigation = coalesced(() => void waitForQuiet().then(readAndReport));

/**
 * Every page pays for what the content script does at load, and most pages
 * are not articles: those get only the navigation watch (a single-page app
 * may turn into an article) until they are known to be one or the panel asks.
 */
function startPageFeatures(): AbortController {
  const features = new AbortController();
  watchNavigation(() => {
    void drawPassageSet('analysis', []);
    if (readsOnItsOwn()) readAfterNavigation();
  }, AbortSignal.any([lifetime.signal, features.signal]));
  return features;
}

/** The hover labels and the on-page Highlight button, started once (again after a withdrawal). */
function startReaderTools(): void {
  if (readerTools || !pageFeatures || mode === 'never') return;
  readerTools = true;
  const signal = AbortSignal.any([lifetime.signal, pageFeatures.signal]);
  watchHoverLabels(signal);
  watchSelectionButton(() => void saveSelection('yellow'), signal);
}

/** What the first look did before it started the reader. */
export interface FirstLook {
  /** The reading it sent (the page is clearly not an article), with the service worker's answer. */
  report: { reading: PageReading; answer: unknown } | null;
  /** The page became another one (a single-page app's navigation) since. */
  navigated: boolean;
}

let settingsLoaded: Promise<void> = Promise.resolve();

/** Called once, by the first look. */
export function startReader(first: FirstLook): void {
  lastReading = first.report?.reading ?? null;
  settingsLoaded = loadSettings()
    .then(applySettings)
    .then(() => {
      if (mode === 'never') return;
      if (first.report) drawHighlightsInAnswer(first.report.answer);
      if (first.navigated && readsOnItsOwn()) readAfterNavigation();
    });
  const stopWatchingSettings = watchSettings(applySettings);
  lifetime.signal.addEventListener('abort', stopWatchingSettings);
}
