/**
 * Debian's Firefox ESR with the Firefox build (dist-firefox/) installed as a
 * temporary add-on, driven by puppeteer-core over WebDriver BiDi (playwright
 * cannot drive a stock Firefox). Every connection Firefox makes beyond
 * loopback goes through a recording proxy, so a test can say that nothing
 * left the machine.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { listenOnLoopback } from '../../e2e/support/loopback.ts';

export const FIREFOX_DIST = fileURLToPath(new URL('../../../dist-firefox/', import.meta.url));
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'policy-lens@policy-lens.extension';
/** A fixed internal UUID, so extension pages have a known moz-extension:// origin and keep it across restarts. */
const EXTENSION_UUID = '6f1c0d3e-8a42-4b7e-9c15-3e2d7a9b4f60';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX_PATH);
}

/** Every request Firefox sent to the proxy, i.e. every connection beyond loopback. */
export interface ProxyRecorder {
  readonly requests: readonly string[];
  port: number;
  close(): Promise<void>;
}

/** A proxy that answers nothing: it records what was asked and refuses it. */
export async function startRecordingProxy(): Promise<ProxyRecorder> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  const loopback = await listenOnLoopback(server);
  return { requests, port: Number(new URL(loopback.origin).port), close: () => loopback.close() };
}

export interface FirefoxSession {
  browser: Browser;
  profileDir: string;
  /** A page of the extension's own (its options page) to read extension state from. */
  extensionPage(): Promise<Page>;
  panelUrl(tabId: number): string;
  close(): Promise<void>;
}

export interface FirefoxLaunch {
  profileDir?: string;
  proxyPort?: number;
}

export async function launchFirefox(options: FirefoxLaunch = {}): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error('dist-firefox/ has no build: run `npm run build:firefox` first.');
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'policy-lens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profileDir,
    // Lets the test open the extension's own pages (moz-extension://) in a tab, as the Chromium tests do.
    args: ['--remote-allow-system-access'],
    // Release builds ignore the remote-settings override below unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Firefox's own remote-settings sync, as Firefox's test harness turns it off: only the extension may show up.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...(options.proxyPort
        ? {
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': options.proxyPort,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': options.proxyPort,
            'network.proxy.no_proxies_on': '127.0.0.1',
            'network.proxy.allow_hijacking_localhost': false,
          }
        : {}),
    },
  });
  const installed = await browser.installExtension(FIREFOX_DIST);
  if (installed !== GECKO_ID) throw new Error(`installed ${installed}, expected ${GECKO_ID}`);
  let probe: Page | null = null;
  return {
    browser,
    profileDir,
    extensionPage: async () => {
      if (!probe || probe.isClosed()) probe = await openExtensionPage(browser, `${EXTENSION_ORIGIN}/src/options/index.html`);
      return probe;
    },
    panelUrl: (tabId) => `${EXTENSION_ORIGIN}/src/sidepanel/index.html?tab=${tabId}`,
    close: () => browser.close(),
  };
}

/**
 * Open an extension page in a new tab. Firefox moves the tab into the
 * extension process, and the navigation's load event never reaches BiDi, so
 * this waits for the document itself instead.
 */
export async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { timeout: 2_000 }).catch(() => undefined);
  await expect.poll(() => page.evaluate(() => document.readyState).catch(() => 'loading'), { timeout: 20_000 }).toBe('complete');
  return page;
}

/** The tab id of a web page, found through the reading its content script stored for it. */
export async function tabIdOf(session: FirefoxSession, pageUrl: string): Promise<number> {
  const probe = await session.extensionPage();
  let found: number | null = null;
  await expect
    .poll(
      async () => {
        found = await probe.evaluate(async (url: string) => {
          const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string }>;
          const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k]?.url === url);
          return key ? Number(key.slice(4)) : null;
        }, pageUrl);
        return found;
      },
      { timeout: 20_000, message: `no reading arrived for ${pageUrl}: the content script did not run` },
    )
    .not.toBeNull();
  return found ?? -1;
}

/** A box in viewport coordinates (CSS pixels). */
export interface ScreenBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The share of a viewport box's pixels that are coloured rather than grey, as
 * the page is shown (top layer included: that is where the highlight overlay
 * is drawn). Black text on a white page scores about 0; a highlight tint
 * raises it. The screenshot is decoded by a page of the extension's own, so
 * the web page never sees it.
 */
export async function colouredShare(session: FirefoxSession, page: Page, box: ScreenBox): Promise<number> {
  await page.bringToFront();
  // The box is in viewport coordinates; puppeteer takes a clip in the document's and shifts it back.
  const scroll = await page.evaluate(() => ({ x: visualViewport?.pageLeft ?? scrollX, y: visualViewport?.pageTop ?? scrollY }));
  const clip = { ...box, x: box.x + scroll.x, y: box.y + scroll.y };
  const png = await page.screenshot({ clip, captureBeyondViewport: false, encoding: 'base64' });
  const decoder = await session.extensionPage();
  return decoder.evaluate(async (data: string) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let coloured = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const channels = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
      if (Math.max(...channels) - Math.min(...channels) > 40) coloured++;
    }
    return coloured / (pixels.length / 4);
  }, png);
}
