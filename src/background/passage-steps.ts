/**
 * The keyboard shortcuts that step through the passages drawn on the page
 * (quotes, evidence, the reader's highlights): only the tab's content script
 * knows where they are, so the command is passed on to it.
 */
import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/runtime.ts';

const STEPS: Record<string, 'next' | 'previous'> = { 'next-quote': 'next', 'previous-quote': 'previous' };

export function watchPassageSteps(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = STEPS[command];
    if (!direction || tab?.id === undefined) return;
    sendToTab(tab.id, { type: 'step-passage', direction }).catch(() => {
      // No content script there (a browser page, or a page loaded before the extension).
    });
  });
}
