/**
 * The content script: reads the page once at document_idle (cheap signals,
 * bail-out on non-articles, Readability on a clone) and reports to the
 * service worker. Quote and stakeholder analysis happens in the side panel,
 * so pages the reader never analyses pay only for this read.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { readPage } from '../engine/extract/read-page.ts';
import { parseMessage } from '../shared/messages.ts';
import type { RevealResponse } from '../shared/messages.ts';
import { ownExtension, sendToExtension } from '../shared/runtime.ts';
import { revealPassage } from './reveal.ts';

function reportPage(): void {
  const reading = readPage(document, location.href);
  sendToExtension({ type: 'page-read', reading }).catch((error: unknown) => {
    // The extension was reloaded or updated under this page: nothing to report to.
    console.debug('Policy Lens: page not reported', error);
  });
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const parsed = parseMessage(raw, sender, ownExtension());
  if (!parsed.ok || parsed.message.type !== 'reveal-passage') return undefined;
  const response: RevealResponse = { found: revealPassage(parsed.message.selector) };
  return Promise.resolve(response);
});

reportPage();
