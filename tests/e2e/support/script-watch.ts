/**
 * Traces a hostile payload leaves if it ever runs in any of the browser's
 * pages or workers: a dialog, a console line with the payloads' marker, or
 * the `window.__pwned` sentinel set in a page.
 */
import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';

/** What every payload prints if it runs. */
export const PAYLOAD_MARKER = 'PWNED';

export interface ScriptWatch {
  /** Dialogs opened, as "<page url>: <message>". */
  readonly dialogs: readonly string[];
  /** Console lines the payloads printed, as "<source>: <text>". */
  readonly markedConsoleLines: readonly string[];
}

export function watchForScripts(context: BrowserContext): ScriptWatch {
  const dialogs: string[] = [];
  const markedConsoleLines: string[] = [];
  // Only a line that is exactly the marker: the extension's own warnings may quote a payload's text.
  const onConsole = (source: string) => (message: ConsoleMessage) => {
    if (message.text() === PAYLOAD_MARKER) markedConsoleLines.push(`${source}: ${message.text()}`);
  };
  context.on('console', (message) => onConsole(message.page()?.url() ?? 'worker')(message));
  context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.page()?.url() ?? 'unknown'}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const watchWorker = (worker: Worker) => worker.on('console', onConsole(worker.url()));
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  return { dialogs, markedConsoleLines };
}

/** The sentinel a payload sets in the page's main world; undefined unless one ran there. */
export function sentinelIn(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
}
