/**
 * Private by construction: through a whole run of typical use (page load,
 * panel, quote click, highlight, note, reload, service worker restart) the
 * browser makes no request but the test's own page loads and the extension
 * loading its own files. The built code has no eval, no network API but
 * Vite's module-preload of its own files, and the extension's CSP is strict.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, launchWithExtension, stopServiceWorker } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { FIXTURE_ROOT } from './support/fixture-server.ts';
import { recordNetwork, unexpectedRequests } from './support/network-watch.ts';
import type { NetworkRecorder } from './support/network-watch.ts';
import { startPageServer } from './support/page-server.ts';
import type { PageServer } from './support/page-server.ts';
import { highlightInPage, writeNote } from './support/reader-actions.ts';
import { openFixture, openPanelTab } from './support/tabs.ts';

const ARTICLE = '/eu-taliban-brussels.html';
const PREVOT_QUOTE = 'I disapprove of the invitation of the Taliban to Brussels, but I cannot block it';

describe('a whole run of typical use', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let network: NetworkRecorder;
  beforeAll(async () => {
    // The demo article loads no subresources, and an empty data: icon stops the browser's favicon probe:
    // every request beyond the article's own load would be the extension's.
    server = await startPageServer();
    const html = readFileSync(join(FIXTURE_ROOT, ARTICLE.slice(1)), 'utf8');
    server.put(ARTICLE, html.replace('<head>', '<head><link rel="icon" href="data:,">'));
    browser = await launchWithExtension({ remoteDebugging: true });
    network = await recordNetwork(browser);
  });
  afterAll(async () => {
    await network.stop();
    await browser.close();
    await server.close();
  });

  test('makes no request beyond the test’s own page loads', async () => {
    const { page, tabId } = await openFixture(browser, server, ARTICLE);
    const panel = await openPanelTab(browser, tabId);
    const quote = panel.locator('.quote', { has: panel.locator('.quote-text', { hasText: PREVOT_QUOTE }) });
    await quote.locator('button.passage').first().click();

    await highlightInPage(page, PREVOT_QUOTE);
    await expect.poll(() => panel.locator('.highlights .highlight').count()).toBe(1);

    await writeNote(panel, 'Check the visa numbers with the ministry.');
    await page.reload();
    await stopServiceWorker(browser);
    await panel.reload();
    await expect.poll(() => panel.locator('.highlights .highlight').count()).toBe(1);
    await writeNote(panel, 'Check the visa numbers with the ministry, and the dates.');
    await page.waitForTimeout(500);

    const unexpected = unexpectedRequests(network.requests, browser.extensionId, [page.url()]);
    const ownFiles = network.requests.filter((r) => r.url.startsWith(`chrome-extension://${browser.extensionId}/`)).length;
    console.info(
      `private by construction: ${network.requests.length} requests recorded (${ownFiles} the extension's own files, ` +
        `DevTools listening on ${network.targetsWatched} targets), ${unexpected.length} unexpected`,
    );
    expect(network.targetsWatched).toBeGreaterThanOrEqual(3);
    expect(unexpected).toEqual([]);
    // Seen from the server too: only the two loads of the article.
    expect(server.requests).toEqual([ARTICLE, ARTICLE]);
  });
});

describe('the built extension', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const scripts = readdirSync(join(DIST, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, code: readFileSync(join(DIST, 'assets', file), 'utf8') }));

  test('has no eval, no code from strings and no network API', () => {
    const forbidden = /\beval\(|new Function\b|\bFunction\(|set(?:Timeout|Interval)\(\s*["'`]|importScripts|XMLHttpRequest|sendBeacon|new WebSocket|EventSource|import\(\s*["'`]https?:/;
    const hits = scripts.filter(({ code }) => forbidden.test(code)).map(({ file, code }) => `${file}: ${code.match(forbidden)![0]}`);
    expect(hits).toEqual([]);
    // fetch appears once: Vite's module-preload polyfill, which fetches <link rel="modulepreload"> files of the extension's own pages.
    const fetches = scripts.flatMap(({ file, code }) => [...code.matchAll(/.{0,60}\bfetch\(.{0,20}/g)].map((m) => `${file}: ${m[0]}`));
    expect(fetches.every((f) => /fetch\(e\.href,/.test(f) || /fetch\([a-z]\.href,/.test(f))).toBe(true);
    console.info(`built code: ${scripts.length} scripts, no eval/Function/remote import; fetch only in ${fetches.length} module-preload polyfill`);
  });

  test('keeps a strict CSP and asks for no network permission', () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    // A backstop for the zero-network promise: no fetch, no remote script, style or image.
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "connect-src 'none'", "img-src 'self' data:"]) {
      expect(csp).toContain(directive);
    }
    for (const key of ['host_permissions', 'optional_host_permissions', 'externally_connectable', 'sandbox']) expect(manifest).not.toHaveProperty(key);
    const permissions = manifest.permissions as string[];
    for (const permission of ['webRequest', 'declarativeNetRequest', 'scripting', 'tabs', 'cookies', 'history', '<all_urls>']) {
      expect(permissions).not.toContain(permission);
    }
  });
});
