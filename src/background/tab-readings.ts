/**
 * What each tab's content script last read, kept in memory and mirrored to
 * `storage.session`: MV3 stops idle service workers, and a panel opened after
 * a restart must still find the reading without reloading the page.
 * Session storage lives in memory only and is cleared when the browser closes.
 */
import browser from 'webextension-polyfill';
import type { PageReading } from '../engine/types.ts';

const KEY_PREFIX = 'tab:';
const cache = new Map<number, PageReading>();

export async function getReading(tabId: number): Promise<PageReading | null> {
  const cached = cache.get(tabId);
  if (cached) return cached;
  const key = KEY_PREFIX + tabId;
  const stored = (await browser.storage.session.get(key))[key] as PageReading | undefined;
  if (stored) cache.set(tabId, stored);
  return stored ?? null;
}

export async function setReading(tabId: number, reading: PageReading): Promise<void> {
  cache.set(tabId, reading);
  try {
    await browser.storage.session.set({ [KEY_PREFIX + tabId]: reading });
  } catch (error) {
    // Over the session quota: the in-memory copy still serves until the worker stops.
    console.warn('Policy Lens: could not keep the reading across worker restarts', error);
  }
}

export async function forgetReading(tabId: number): Promise<void> {
  cache.delete(tabId);
  await browser.storage.session.remove(KEY_PREFIX + tabId);
}
