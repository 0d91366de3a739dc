/**
 * What a site can learn of the extension, and what the extension's own pages
 * may reach: no file of the built extension can be fetched or loaded by a
 * page (nothing is web-accessible), the content script is one file, and the
 * extension pages' content security policy refuses any network request (a
 * backstop for the promise that nothing leaves the device).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, tabIdOf } from './support/extension-browser.ts';
import { startPageServer } from './support/page-server.ts';
import { useExtensionSession } from './support/session.ts';
import { openPanelTab } from './support/tabs.ts';

const session = useExtensionSession();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [relative(DIST, join(dir, entry.name))],
  );
}

test('the built manifest exposes nothing to pages and loads the content script as one file', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: unknown[];
    content_scripts: { js: string[] }[];
  };
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(manifest.content_scripts.flatMap((c) => c.js)).toHaveLength(1);
});

test('a page can neither fetch nor load any file of the extension', async () => {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url('/eu-taliban-brussels.html'));
  // The content script ran: the extension is there to be found, if anything of it were exposed.
  await tabIdOf(session.browser, page);
  const paths = filesUnder(DIST);
  expect(paths.length).toBeGreaterThan(10);
  const reachable = await page.evaluate(
    async ({ origin, files }) => {
      const found: string[] = [];
      for (const file of files) {
        const url = `${origin}/${file}`;
        const fetched = await fetch(url).then(
          () => true,
          () => false,
        );
        const loaded = await new Promise<boolean>((resolve) => {
          const script = document.createElement('script');
          script.src = url;
          script.onload = () => resolve(true);
          script.onerror = () => resolve(false);
          document.head.append(script);
        });
        if (fetched || loaded) found.push(file);
      }
      return found;
    },
    { origin: `chrome-extension://${session.browser.extensionId}`, files: paths },
  );
  expect(reachable).toEqual([]);
});

test('the extension’s pages are refused any network request by their content security policy', async () => {
  const server = await startPageServer();
  server.put('/probe', 'probe');
  try {
    const panel = await openPanelTab(session.browser, 0);
    const outcome = await panel.evaluate(async (url) => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const fetched = await fetch(url).then(
        () => 'fetched',
        () => 'refused',
      );
      const image = await new Promise<string>((resolve) => {
        const img = new Image();
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('refused');
        img.src = url;
      });
      // Each violation event is a task of its own, queued apart from the request's failure: wait for both to come in
      // (for at most two seconds, after which the assertion says which is missing).
      for (const start = performance.now(); new Set(violations).size < 2 && performance.now() - start < 2_000; ) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return { fetched, image, violations: [...new Set(violations)].sort() };
    }, server.url('/probe'));
    expect(outcome).toEqual({ fetched: 'refused', image: 'refused', violations: ['connect-src', 'img-src'] });
    expect(server.requests).toEqual([]);
  } finally {
    await server.close();
  }
});
