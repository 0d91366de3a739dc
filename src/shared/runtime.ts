/** Small typed wrappers over `browser.runtime` messaging, shared by every context. */
import browser from 'webextension-polyfill';
import type { Message, OwnExtension } from './messages.ts';

export function ownExtension(): OwnExtension {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('') };
}

/** Send to the extension's other contexts; resolves to their answer. */
export function sendToExtension<R = void>(message: Message): Promise<R> {
  return browser.runtime.sendMessage(message) as Promise<R>;
}

/** Send to a tab's content script; resolves to its answer. */
export function sendToTab<R = void>(tabId: number, message: Message): Promise<R> {
  return browser.tabs.sendMessage(tabId, message) as Promise<R>;
}

/**
 * Notify the extension's pages, which may all be closed: "no receiver" is
 * the normal case, not an error.
 */
export async function broadcast(message: Message): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // No panel is open.
  }
}
