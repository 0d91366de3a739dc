/**
 * The two ways to highlight besides the on-page button: the context menu on
 * a selection, and a keyboard shortcut. Both ask the tab's content script to
 * capture its selection (only it can read the page).
 */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';
import { sendToTab } from '../shared/runtime.ts';

const MENU_ID = 'policy-lens-save-highlight';
export const SAVE_HIGHLIGHT_COMMAND = 'save-highlight';

function captureIn(tabId: number | undefined): void {
  if (tabId === undefined) return;
  sendToTab(tabId, { type: 'capture-selection', colour: 'yellow' }).catch(() => {
    // No content script there (a browser page, or a page loaded before the extension).
  });
}

export function watchHighlightRequests(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuHighlight'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) captureIn(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_HIGHLIGHT_COMMAND) captureIn(tab?.id);
  });
}
