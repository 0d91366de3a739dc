/**
 * The content script. It reads the page once at document_idle (cheap
 * signals, a bail-out on non-articles, Readability on a clone) and reports to
 * the service worker; quote and stakeholder analysis happens in the side
 * panel, so pages the reader never analyses pay only for this read. It also
 * draws the panel's passages and the reader's highlights, and captures new
 * highlights from the selection.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { readPage } from '../engine/extract/read-page.ts';
import type { PageReading } from '../engine/types.ts';
import { normaliseUrl } from '../shared/article-identity.ts';
import { PANEL_PORT, parseMessage, senderKind } from '../shared/messages.ts';
import type { CreateHighlightResponse, DrawResponse, HighlightColour, Message, PageReadResponse, RevealResponse } from '../shared/messages.ts';
import { ownExtension, sendToExtension } from '../shared/runtime.ts';
import { watchHoverLabels } from './highlights/hover-label.ts';
import { drawPassageSet, hasMissingPassages, redrawAll } from './highlights/passage-sets.ts';
import { waitForQuiet, watchNavigation, watchMutations } from './page-watch.ts';
import { revealPassage } from './reveal.ts';
import { captureSelection } from './selection/capture.ts';
import { watchSelectionButton } from './selection/highlight-button.ts';

const lifetime = new AbortController();
let lastReading: PageReading | null = null;

const mutations = watchMutations(() => redrawAll(), hasMissingPassages, lifetime.signal);

async function readAndReport(): Promise<void> {
  const reading = withSpaIdentity(readPage(document, location.href), lastReading);
  lastReading = reading;
  try {
    const response = await sendToExtension<PageReadResponse | undefined>({ type: 'page-read', reading });
    drawPassageSet('user', response?.highlights ?? []);
    mutations.start();
  } catch (error) {
    // The extension was reloaded or updated under this page: nothing to report to.
    console.debug('Policy Lens: page not reported', error);
  }
}

/**
 * Single-page apps often leave the first article's canonical link in place
 * when they show the next one: then the canonical no longer identifies the
 * article, and the page's own URL must.
 */
function withSpaIdentity(reading: PageReading, previous: PageReading | null): PageReading {
  if (!previous || previous.url === reading.url || previous.canonicalUrl !== reading.canonicalUrl) return reading;
  return { ...reading, canonicalUrl: normaliseUrl(reading.url) };
}

async function saveSelection(colour: HighlightColour): Promise<void> {
  const captured = captureSelection();
  if (!captured) return;
  await sendToExtension<CreateHighlightResponse>({ type: 'create-highlight', ...captured, colour });
  window.getSelection()?.removeAllRanges();
}

function handle(message: Message): Promise<unknown> | undefined {
  switch (message.type) {
    case 'reveal-passage':
      return Promise.resolve<RevealResponse>({ found: revealPassage(message.selector) });
    case 'draw-passages': {
      const missing = drawPassageSet(message.set, message.passages);
      mutations.start();
      return Promise.resolve<DrawResponse>({ missing });
    }
    case 'capture-selection':
      return saveSelection(message.colour);
    default:
      return undefined;
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const parsed = parseMessage(raw, sender, ownExtension());
  return parsed.ok ? handle(parsed.message) : undefined;
});

// When the panel that drew the analysis closes (or looks at another tab), its drawings go.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== PANEL_PORT || senderKind(port.sender ?? {}, ownExtension()) !== 'extension') return;
  port.onDisconnect.addListener(() => drawPassageSet('analysis', []));
});

watchHoverLabels(lifetime.signal);
watchSelectionButton(() => void saveSelection('yellow'), lifetime.signal);
watchNavigation(() => {
  drawPassageSet('analysis', []);
  void waitForQuiet().then(readAndReport);
}, lifetime.signal);
void readAndReport();
