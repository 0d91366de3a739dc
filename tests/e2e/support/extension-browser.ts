/**
 * Real Chromium with the built extension loaded (from dist/), as the
 * end-to-end tests and `npm start` use it.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { setTimeout as sleep } from 'node:timers/promises';

/** The built extension; POLICY_LENS_DIST names another build (e.g. one made while others rebuild dist/). */
export const DIST = process.env.POLICY_LENS_DIST ?? fileURLToPath(new URL('../../../dist/', import.meta.url));
export const PANEL_PATH = 'src/sidepanel/index.html';

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
  return path;
}

/** Flags that keep Chromium from reaching out to the network on its own (the machines here have none). */
export const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  worker(): Promise<Worker>;
  panelUrl(tabId: number): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  profileDir?: string;
  headless?: boolean;
  /** The X display of a headed browser (e.g. a private Xvfb's), instead of the tests' own DISPLAY. */
  display?: string;
  /** Expose a DevTools port so the real side panel can be reached with connectOverCDP. */
  remoteDebugging?: boolean;
  extraArgs?: string[];
  /**
   * The locale pages report (`navigator.language`, `i18n.getUILanguage()`): Playwright emulates en-US otherwise.
   * The extension's messages follow the browser's `--lang` flag instead.
   */
  locale?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ has no build: run `npm run build` first.');
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'policy-lens-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromePath(),
    headless: options.headless ?? true,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    viewport: null,
    ...(options.locale ? { locale: options.locale } : {}),
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      ...QUIET_FLAGS,
      ...(options.remoteDebugging ? ['--remote-debugging-port=0'] : []),
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    profileDir,
    worker,
    panelUrl: (tabId) => `chrome-extension://${extensionId}/${PANEL_PATH}?tab=${tabId}`,
    close: () => context.close(),
  };
}

/** The DevTools endpoint of a browser launched with `remoteDebugging`. */
export function devToolsPort(profileDir: string): number {
  const [port] = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n');
  return Number(port);
}

/**
 * The tab id of a page, found through the reading its content script sent to
 * the service worker (the extension has no `tabs` permission to query URLs).
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page, timeoutMs = 10_000): Promise<number> {
  const url = page.url();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const worker = await browser.worker();
    const found = await worker.evaluate(async (pageUrl: string) => {
      const all = await chrome.storage.session.get(null);
      for (const [key, value] of Object.entries(all)) {
        if (key.startsWith('tab:') && (value as { url?: string }).url === pageUrl) return Number(key.slice(4));
      }
      return null;
    }, url);
    if (found !== null) return found;
    await page.waitForTimeout(100);
  }
  throw new Error(`no reading arrived for ${url}`);
}

export async function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  const worker = await browser.worker();
  return worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Stop the extension's service worker the way Chrome does when it is idle
 * (the browser must have been launched with `remoteDebugging`), and return
 * only once the worker that was running is gone. Events may wake a fresh one
 * at once, so "gone" means no running worker still holds a mark set before.
 */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  const mark = 'policyLensTestStopMark';
  await (await browser.worker()).evaluate((name) => Object.assign(globalThis, { [name]: true }), mark);
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${devToolsPort(browser.profileDir)}`);
  try {
    const session = await cdp.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
    if (workers.length === 0) throw new Error('no service worker to stop');
    for (const worker of workers) await session.send('Target.closeTarget', { targetId: worker.targetId });
  } finally {
    await cdp.close();
  }
  const holdsMark = (worker: Worker) =>
    Promise.race([worker.evaluate((name) => name in globalThis, mark).catch(() => false), sleep(250, false)]);
  for (let waited = 0; waited < 5_000; waited += 50) {
    const marked = await Promise.all(browser.context.serviceWorkers().map(holdsMark));
    if (!marked.includes(true)) return;
    await sleep(50);
  }
  throw new Error('the service worker did not stop within 5 s');
}
